#include "tests/xml_test_support.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

namespace akhbar::testing {
namespace {

constexpr const char* kSvgNamespace = "http://www.w3.org/2000/svg";
constexpr const char* kXlinkNamespace = "http://www.w3.org/1999/xlink";

const xmlChar* X(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

}  // namespace

std::unique_ptr<XmlDocument> XmlDocument::Parse(const std::string& text, std::string* error) {
  xmlDocPtr document =
      xmlReadMemory(text.data(), static_cast<int>(text.size()), "input.svg", "UTF-8",
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  if (document == nullptr) {
    const xmlError* last = xmlGetLastError();
    *error = last != nullptr && last->message != nullptr ? last->message : "not well-formed";
    return nullptr;
  }
  return std::unique_ptr<XmlDocument>(new XmlDocument(document));
}

XmlDocument::~XmlDocument() { xmlFreeDoc(document_); }

std::vector<xmlNodePtr> XmlDocument::Find(const std::string& xpath) const {
  return Find(xpath, xmlDocGetRootElement(document_));
}

std::vector<xmlNodePtr> XmlDocument::Find(const std::string& xpath, xmlNodePtr context) const {
  std::vector<xmlNodePtr> nodes;
  xmlXPathContextPtr xpath_context = xmlXPathNewContext(document_);
  xmlXPathRegisterNs(xpath_context, X("svg"), X(kSvgNamespace));
  xmlXPathRegisterNs(xpath_context, X("xlink"), X(kXlinkNamespace));
  xpath_context->node = context;
  xmlXPathObjectPtr result = xmlXPathEvalExpression(X(xpath.c_str()), xpath_context);
  if (result != nullptr && result->nodesetval != nullptr) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      nodes.push_back(result->nodesetval->nodeTab[i]);
    }
  }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(xpath_context);
  return nodes;
}

std::string XmlDocument::Attribute(xmlNodePtr node, const std::string& name) {
  xmlChar* value = nullptr;
  if (name.rfind("xlink:", 0) == 0) {
    value = xmlGetNsProp(node, X(name.c_str() + 6), X(kXlinkNamespace));
  } else {
    value = xmlGetProp(node, X(name.c_str()));
  }
  if (value == nullptr) return "";
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

std::string XmlDocument::Text(xmlNodePtr node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return "";
  std::string text = reinterpret_cast<const char*>(content);
  xmlFree(content);
  return text;
}

}  // namespace akhbar::testing
