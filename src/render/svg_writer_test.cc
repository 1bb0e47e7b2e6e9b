#include "render/svg_writer.h"

#include <gtest/gtest.h>

#include "tests/xml_test_support.h"

namespace akhbar {
namespace {

TEST(SvgWriterTest, NumbersHaveOneDecimalAtMost) {
  EXPECT_EQ(SvgNumber(12), "12");
  EXPECT_EQ(SvgNumber(12.25), "12.3");
  EXPECT_EQ(SvgNumber(-0.01), "0");
  EXPECT_EQ(SvgNumber(-3.5), "-3.5");
}

TEST(SvgWriterTest, EscapesTextAndAttributesIntoWellFormedXml) {
  SvgWriter svg;
  svg.Open("g", {{"class", "a&b \"quoted\""}});
  svg.Text("title", {}, "<script> & «عربي»\x01");
  svg.Empty("rect", {{"width", SvgNumber(3)}});
  // Left open on purpose: Finish closes it.
  const std::string document = svg.Finish(100, 50, {{"font-family", "'Noto Sans Arabic'"}});
  std::string error;
  const auto xml = testing::XmlDocument::Parse(document, &error);
  ASSERT_NE(xml, nullptr) << error << "\n" << document;
  const auto titles = xml->Find("//svg:g/svg:title");
  ASSERT_EQ(titles.size(), 1u);
  EXPECT_EQ(testing::XmlDocument::Text(titles[0]), "<script> & «عربي»");
  EXPECT_EQ(testing::XmlDocument::Attribute(xml->Find("//svg:g")[0], "class"), "a&b \"quoted\"");
  EXPECT_EQ(testing::XmlDocument::Attribute(xml->Find("/svg:svg")[0], "viewBox"), "0 0 100 50");
}

}  // namespace
}  // namespace akhbar
