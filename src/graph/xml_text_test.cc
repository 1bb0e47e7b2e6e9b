#include "graph/xml_text.h"

#include <gtest/gtest.h>

namespace akhbar {
namespace {

TEST(XmlTextTest, EscapesEntitiesKeepsLineBreaksAsReferencesDropsOtherControls) {
  EXPECT_EQ(XmlEscape("توكاييف & <\"CSTO\"> 'x'\t\n\r\x01\x1a!"),
            "توكاييف &amp; &lt;&quot;CSTO&quot;&gt; &apos;x&apos;&#9;&#10;&#13;!");
  EXPECT_EQ(XmlEscape(""), "");
  EXPECT_EQ(XmlEscape("plain"), "plain");
}

TEST(XmlTextTest, ReplaceBytesCopiesPlainRunsAndReplacesTheRest) {
  ByteReplacements replacements;
  replacements.Replace('a', "[A]").Replace('z', "");
  EXPECT_FALSE(replacements.markup_only());
  EXPECT_EQ(ReplaceBytes("banana z", replacements), "b[A]n[A]n[A] ");
  EXPECT_EQ(ReplaceBytes("aaa", replacements), "[A][A][A]");
  EXPECT_EQ(ReplaceBytes("bananas and a zebra, and more bananas", replacements),
            "b[A]n[A]n[A]s [A]nd [A] ebr[A], [A]nd more b[A]n[A]n[A]s");
}

// Long text is tested sixteen bytes at a time: a markup byte at every
// position of a block, and in the bytes after the last whole block, is
// still found.
TEST(XmlTextTest, EscapesMarkupAtEveryPositionOfLongText) {
  ASSERT_TRUE(XmlTextReplacements().markup_only());
  const std::string plain = "كازاخستان-Almaty ";
  for (size_t at = 0; at < 40; ++at) {
    for (const char markup : {'&', '<', '>', '"', '\'', '\x01', '\n'}) {
      std::string text = plain + plain + plain;
      std::string expected = text;
      text.insert(at, 1, markup);
      const std::string escaped = markup == '&'    ? "&amp;"
                                  : markup == '<'  ? "&lt;"
                                  : markup == '>'  ? "&gt;"
                                  : markup == '"'  ? "&quot;"
                                  : markup == '\'' ? "&apos;"
                                  : markup == '\n' ? "&#10;"
                                                    : "";
      expected.insert(at, escaped);
      EXPECT_EQ(XmlEscape(text), expected) << "at " << at;
    }
  }
}

}  // namespace
}  // namespace akhbar
