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
  ByteReplacements replacements{};
  replacements['a'] = "[A]";
  replacements['z'] = "";
  EXPECT_EQ(ReplaceBytes("banana z", replacements), "b[A]n[A]n[A] ");
  EXPECT_EQ(ReplaceBytes("aaa", replacements), "[A][A][A]");
}

}  // namespace
}  // namespace akhbar
