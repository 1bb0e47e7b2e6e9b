#include "extract/json_writer.h"

#include <algorithm>
#include <cassert>
#include <charconv>

#include <nlohmann/json.hpp>

#include "extract/json_string_run.h"
#include "extract/utf8.h"

namespace akhbar {

void JsonWriter::CheckKeyOrder([[maybe_unused]] std::string_view key) {
#ifndef NDEBUG
  assert(!last_keys_.empty() && "a key outside an object");
  assert((first_ || last_keys_.back() < key) && "keys out of byte order");
  last_keys_.back() = key;
#endif
}

void JsonWriter::Key(std::string_view key) {
  CheckKeyOrder(key);
  Separate();
  Quoted(key);
  out_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::SourceKey(std::string_view key, std::string_view member) {
  assert(std::all_of(key.begin(), key.end(),
                     [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }) &&
         "a source key that needs escaping");
  CheckKeyOrder(key);
  assert(depth_ > 0 && !after_key_ && "a key outside an object");
  if (indent_ < 0) {
    // Separate() inside an object: a comma before every member but the first.
    const size_t skip = first_ ? 1 : 0;
    first_ = false;
    out_.append(member.data() + skip, member.size() - 1 - skip);
  } else {
    Separate();
    out_.append(member.substr(1));
  }
  after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
  Separate();
  Quoted(text);
}

template <typename Int>
void JsonWriter::Decimal(Int value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  Raw(std::string_view(digits, static_cast<size_t>(end - digits)));
}

void JsonWriter::Number(uint64_t value) { Decimal(value); }

void JsonWriter::Integer(int64_t value) { Decimal(value); }

void JsonWriter::Double(double value) {
  // nlohmann's shortest round-trip spelling ("1.0", "0.25", "1e-05").
  Raw(nlohmann::json(value).dump());
}

void JsonWriter::Bool(bool value) { Raw(value ? "true" : "false"); }

void JsonWriter::Null() { Raw("null"); }

void JsonWriter::OptionalDate(const std::optional<CivilDate>& date) {
  if (date) {
    String(date->ToIso());
  } else {
    Null();
  }
}

void JsonWriter::Open(char bracket) {
  Separate();
  out_.push_back(bracket);
  ++depth_;
  first_ = true;
#ifndef NDEBUG
  if (bracket == '{') last_keys_.emplace_back();
#endif
}

void JsonWriter::Close(char bracket) {
  constexpr size_t kPassOnAt = 1 << 16;
  --depth_;
  if (!first_) NewLine();
  out_.push_back(bracket);
  first_ = false;
#ifndef NDEBUG
  if (bracket == '}') last_keys_.pop_back();
#endif
  if (sink_ && out_.size() >= kPassOnAt) {
    sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }
}

void JsonWriter::Finish() {
  out_.push_back('\n');
  if (sink_) {
    sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }
}

void JsonWriter::Raw(std::string_view text) {
  Separate();
  out_ += text;
}

// A comma before every value of an object or array but the first, none
// between a key and its value; each on a line of its own when indented.
void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  if (!first_) out_.push_back(',');
  first_ = false;
  NewLine();
}

void JsonWriter::NewLine() {
  if (indent_ < 0) return;
  out_.push_back('\n');
  out_.append(static_cast<size_t>(depth_ * indent_), ' ');
}

void JsonWriter::Quoted(std::string_view text) {
  // Runs between the bytes to escape are checked as UTF-8 and copied whole:
  // strings are most of what akhbar writes. The escaped bytes are ASCII, so
  // a run never ends inside a well-formed character.
  const size_t quote_at = out_.size();
  out_.push_back('"');
  for (size_t pos = 0;;) {
    const size_t run_end = EndOfStringRun(text, pos);
    const std::string_view run = text.substr(pos, run_end - pos);
    if (check_strings_ && FindInvalidUtf8(run)) {
      // Lenient input: nlohmann replaces ill-formed bytes with U+FFFD.
      out_.resize(quote_at);
      out_ += nlohmann::json(std::string(text))
                  .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out_ += run;
    if (run_end == text.size()) break;
    Escape(static_cast<unsigned char>(text[run_end]));
    pos = run_end + 1;
  }
  out_.push_back('"');
}

void JsonWriter::Escape(unsigned char byte) {
  switch (byte) {
    case '"': out_ += "\\\""; return;
    case '\\': out_ += "\\\\"; return;
    case '\b': out_ += "\\b"; return;
    case '\f': out_ += "\\f"; return;
    case '\n': out_ += "\\n"; return;
    case '\r': out_ += "\\r"; return;
    case '\t': out_ += "\\t"; return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      out_ += "\\u00";
      out_.push_back(kHex[byte >> 4]);
      out_.push_back(kHex[byte & 0xF]);
    }
  }
}

}  // namespace akhbar
