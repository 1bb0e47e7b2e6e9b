// Parsing the SVGs the renderer writes (libxml2) and querying them with
// XPath; the prefixes svg: and xlink: are bound to their namespaces.
#ifndef AKHBAR_TESTS_XML_TEST_SUPPORT_H_
#define AKHBAR_TESTS_XML_TEST_SUPPORT_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <vector>

namespace akhbar::testing {

class XmlDocument {
 public:
  // Null, with the parser's message in *error, unless `text` is well-formed.
  static std::unique_ptr<XmlDocument> Parse(const std::string& text, std::string* error);
  ~XmlDocument();

  std::vector<xmlNodePtr> Find(const std::string& xpath) const;
  std::vector<xmlNodePtr> Find(const std::string& xpath, xmlNodePtr context) const;

  // An attribute ("xlink:title" for a namespaced one), or "".
  static std::string Attribute(xmlNodePtr node, const std::string& name);
  // The text of the node and its descendants.
  static std::string Text(xmlNodePtr node);

 private:
  explicit XmlDocument(xmlDocPtr document) : document_(document) {}
  xmlDocPtr document_;
};

}  // namespace akhbar::testing

#endif  // AKHBAR_TESTS_XML_TEST_SUPPORT_H_
