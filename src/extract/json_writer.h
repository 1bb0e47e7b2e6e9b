// JSON written as it is produced, in exactly the form nlohmann::json::dump
// gives (same escapes, same number spellings, same indentation): akhbar's
// outputs are large, and building a DOM of maps only to print it was most
// of the cost of writing them. Keys must be given in byte order, as dump
// sorts them; debug builds check it.
#ifndef AKHBAR_EXTRACT_JSON_WRITER_H_
#define AKHBAR_EXTRACT_JSON_WRITER_H_

#include <cassert>
#include <charconv>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/civil_date.h"

namespace akhbar {

class JsonWriter {
 public:
  // Whether each string is checked as UTF-8 as it is written (ill-formed
  // bytes become U+FFFD, as nlohmann's dump replaces them), or written as it
  // is for the caller to check the whole text once: the checks were a
  // quarter of writing an extraction, whose strings are mostly a few words.
  enum class Utf8 { kCheckEachString, kCallerChecksText };

  // indent < 0: one line, as dump(); otherwise as dump(indent). With a
  // sink, the text goes there in pieces as it grows, and Finish() ends it.
  explicit JsonWriter(int indent = -1, std::ostream* sink = nullptr,
                      Utf8 utf8 = Utf8::kCheckEachString)
      : indent_(indent), sink_(sink), check_strings_(utf8 == Utf8::kCheckEachString) {
    // Text sent on to a sink is out of the caller's reach before it can be
    // checked.
    assert((check_strings_ || sink_ == nullptr) && "unchecked strings with a sink");
  }

  void Key(std::string_view key);
  // A key spelled out in the source: copied as it is, as such keys need no
  // escapes (debug builds check). Keys are most of the strings written, so
  // the comma, quotes and colon around one are put together here, where
  // its length is a constant, and go out in one append.
  template <size_t N>
  void Key(const char (&key)[N]) {
    char member[N + 4];
    SpellMember(key, member);
    SourceKey(std::string_view(key, N - 1), std::string_view(member, N + 4));
  }
  void String(std::string_view text);
  void Number(uint64_t value);
  void Integer(int64_t value);
  void Double(double value);
  void Bool(bool value);
  void Null();
  void OptionalDate(const std::optional<CivilDate>& date);  // "YYYY-MM-DD" or null
  // Any range of strings or views (a braced list: strings), as an array.
  template <typename Range = std::vector<std::string>>
  void Strings(const Range& strings) {
    OpenArray();
    for (const auto& text : strings) String(text);
    CloseArray();
  }

  void OpenObject() { Open('{'); }
  void CloseObject() { Close('}'); }
  void OpenArray() { Open('['); }
  void CloseArray() { Close(']'); }

  template <size_t N, typename Value>
  void Field(const char (&key)[N], const Value& value) {
    if constexpr (std::same_as<Value, uint32_t> || std::same_as<Value, uint64_t>) {
      if (indent_ < 0) {
        UnsignedField(key, value);
        return;
      }
    }
    Key(key);
    Write(value);
  }

  // Room for `bytes` more: a writer that knows about how long its text
  // will be copies it once, not at every doubling.
  void Reserve(size_t bytes) { out_.reserve(out_.size() + bytes); }
  std::string Take() { return std::move(out_); }
  // A final newline, as in a file, and the rest to the sink.
  void Finish();

 private:
  void Write(std::string_view text) { String(text); }
  void Write(const std::string& text) { String(text); }
  void Write(const char* text) { String(text); }
  void Write(uint64_t value) { Number(value); }
  void Write(uint32_t value) { Number(value); }
  void Write(double value) { Double(value); }
  void Write(bool value) { Bool(value); }
  void Write(const std::optional<CivilDate>& date) { OptionalDate(date); }
  void Write(const std::vector<std::string>& strings) { Strings(strings); }
  void Write(const std::vector<std::string_view>& views) { Strings(views); }

  // A count or offset under a source key on one line (extraction lines,
  // where such fields are most of the pieces): the member and its digits go
  // out in one append.
  template <size_t N>
  void UnsignedField(const char (&key)[N], uint64_t value) {
    CheckKeyOrder(std::string_view(key, N - 1));
    assert(depth_ > 0 && !after_key_ && "a key outside an object");
    char member[N + 3 + 20];
    SpellMember(key, member);
    // The digits take the place of the space after the colon.
    const char* end = std::to_chars(member + N + 3, member + sizeof member, value).ptr;
    const size_t skip = first_ ? 1 : 0;
    first_ = false;
    out_.append(member + skip, static_cast<size_t>(end - member) - skip);
  }
  // `,"key": ` into member[0, N + 4).
  template <size_t N>
  static void SpellMember(const char (&key)[N], char* member) {
    member[0] = ',';
    member[1] = '"';
    std::memcpy(member + 2, key, N - 1);
    member[N + 1] = '"';
    member[N + 2] = ':';
    member[N + 3] = ' ';
  }
  // `member` is `,"key": `, of which the parts the layout needs are written.
  void SourceKey(std::string_view key, std::string_view member);
  void CheckKeyOrder(std::string_view key);
  void Open(char bracket);
  void Close(char bracket);
  void Raw(std::string_view text);
  template <typename Int>
  void Decimal(Int value);  // without a temporary string
  void Separate();
  void NewLine();
  void Quoted(std::string_view text);
  void Escape(unsigned char byte);

  std::string out_;
  int indent_;
  std::ostream* sink_;
  bool check_strings_;
  int depth_ = 0;
  bool first_ = true;
  bool after_key_ = false;
#ifndef NDEBUG
  std::vector<std::string> last_keys_;  // of each open object
#endif
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_JSON_WRITER_H_
