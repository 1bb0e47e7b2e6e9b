// A minimal SVG writer: elements and attributes in, well-formed XML out, with
// every attribute value and text escaped.
#ifndef AKHBAR_RENDER_SVG_WRITER_H_
#define AKHBAR_RENDER_SVG_WRITER_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace akhbar {

using SvgAttributes = std::vector<std::pair<std::string_view, std::string>>;

// "12.5", "3": coordinates with one decimal, trailing zeros dropped.
std::string SvgNumber(double value);

class SvgWriter {
 public:
  // Opens an element that will contain others (<g>, <text> with <tspan>s).
  void Open(std::string_view tag, const SvgAttributes& attributes = {});
  void Close();
  // An element without children: <rect .../>.
  void Empty(std::string_view tag, const SvgAttributes& attributes);
  // An element with text content: <text ...>…</text>, <title>…</title>.
  void Text(std::string_view tag, const SvgAttributes& attributes, std::string_view text);
  // The whole document: XML declaration, <svg> with the given size and
  // attributes, and everything written so far (all elements closed).
  std::string Finish(double width, double height, const SvgAttributes& attributes);

 private:
  void StartTag(std::string_view tag, const SvgAttributes& attributes);
  std::string body_;
  std::vector<std::string> open_;
};

}  // namespace akhbar

#endif  // AKHBAR_RENDER_SVG_WRITER_H_
