#include "render/svg_writer.h"

#include <cmath>
#include <cstdio>

#include "render/markup.h"

namespace akhbar {

std::string SvgNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::round(value * 10) / 10 + 0.0);
  std::string number = buffer;
  if (number.size() > 2 && number.compare(number.size() - 2, 2, ".0") == 0) {
    number.resize(number.size() - 2);
  }
  return number == "-0" ? "0" : number;
}

void SvgWriter::StartTag(std::string_view tag, const SvgAttributes& attributes) {
  body_ += std::string(open_.size() * 2, ' ');
  body_ += '<';
  body_ += tag;
  for (const auto& [name, value] : attributes) {
    body_ += ' ';
    body_ += name;
    body_ += "=\"";
    body_ += XmlEscape(value);
    body_ += '"';
  }
}

void SvgWriter::Open(std::string_view tag, const SvgAttributes& attributes) {
  StartTag(tag, attributes);
  body_ += ">\n";
  open_.emplace_back(tag);
}

void SvgWriter::Close() {
  if (open_.empty()) return;
  const std::string tag = std::move(open_.back());
  open_.pop_back();
  body_ += std::string(open_.size() * 2, ' ') + "</" + tag + ">\n";
}

void SvgWriter::Empty(std::string_view tag, const SvgAttributes& attributes) {
  StartTag(tag, attributes);
  body_ += "/>\n";
}

void SvgWriter::Text(std::string_view tag, const SvgAttributes& attributes, std::string_view text) {
  StartTag(tag, attributes);
  body_ += '>';
  body_ += XmlEscape(text);
  body_ += "</";
  body_ += tag;
  body_ += ">\n";
}

std::string SvgWriter::Finish(double width, double height, const SvgAttributes& attributes) {
  while (!open_.empty()) Close();
  std::string document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  document += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SvgNumber(width) +
              "\" height=\"" + SvgNumber(height) + "\" viewBox=\"0 0 " + SvgNumber(width) + " " +
              SvgNumber(height) + "\"";
  for (const auto& [name, value] : attributes) {
    document += ' ';
    document += name;
    document += "=\"" + XmlEscape(value) + '"';
  }
  document += ">\n" + body_ + "</svg>\n";
  return document;
}

}  // namespace akhbar
