// Escaping for the markup Akhbar writes: SVG, and Graphviz's HTML-like labels
// (which follow XML's rules).
#ifndef AKHBAR_RENDER_MARKUP_H_
#define AKHBAR_RENDER_MARKUP_H_

#include <string>
#include <string_view>

namespace akhbar {

// The C0 control characters XML 1.0 forbids even as references: all but
// tab, line feed and carriage return. News text has them (SaudiNewsNet's
// articles carry U+001A), and one in an SVG makes the whole file unreadable.
inline bool IsForbiddenInXml(char c) {
  return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// Escapes & < > " ' and drops the C0 control characters XML 1.0 forbids
// (all but tab, line feed and carriage return), so any document text can go
// into an element or an attribute value.
std::string XmlEscape(std::string_view text);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_MARKUP_H_
