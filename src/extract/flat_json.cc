#include "extract/flat_json.h"

#include <algorithm>

#include "extract/json_string_run.h"
#include "extract/utf8.h"

namespace akhbar {
namespace {

// Numbers this long might overflow a double, which nlohmann rejects.
constexpr size_t kMaxNumberDigits = 300;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

class FlatJsonReader {
 public:
  explicit FlatJsonReader(std::string_view json) : json_(json) {}

  char Peek() const { return pos_ < json_.size() ? json_[pos_] : '\0'; }
  bool AtEnd() const { return pos_ == json_.size(); }

  bool Consume(char c) {
    if (AtEnd() || json_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  void SkipSpace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) {
      ++pos_;
    }
  }

  // A string; its decoded value is appended to *out unless out is null.
  bool String(std::string* out) {
    if (!Consume('"')) return false;
    while (true) {
      const size_t run_start = pos_;
      pos_ = EndOfStringRun(json_, pos_);
      // '"', '\' and control bytes are ASCII, so a run never ends inside a
      // well-formed character.
      const std::string_view run = json_.substr(run_start, pos_ - run_start);
      if (FindInvalidUtf8(run)) return false;
      if (out != nullptr) out->append(run);
      if (AtEnd()) return false;
      const char stop = json_[pos_++];
      if (stop == '"') return true;
      if (stop != '\\' || !Escape(out)) return false;
    }
  }

  // A value that is not a wanted field: checked, not kept.
  bool SkipValue() {
    switch (Peek()) {
      case '"': return String(nullptr);
      case 't': return Literal("true");
      case 'f': return Literal("false");
      case 'n': return Literal("null");
      default: return Number();
    }
  }

 private:
  bool Literal(std::string_view word) {
    if (json_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  size_t Digits() {
    const size_t start = pos_;
    while (IsDigit(Peek())) ++pos_;
    return pos_ - start;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)? ; exponents are left to nlohmann, which
  // rejects those that overflow.
  bool Number() {
    Consume('-');
    size_t digits = 0;
    if (Consume('0')) {
      digits = 1;
    } else if (IsDigit(Peek())) {
      digits = Digits();
    } else {
      return false;
    }
    if (Consume('.')) {
      const size_t fraction = Digits();
      if (fraction == 0) return false;
      digits += fraction;
    }
    return digits <= kMaxNumberDigits && Peek() != 'e' && Peek() != 'E';
  }

  std::optional<char32_t> Hex4() {
    if (pos_ + 4 > json_.size()) return std::nullopt;
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = json_[pos_++];
      value <<= 4;
      if (IsDigit(c)) {
        value |= c - '0';
      } else if (c >= 'a' && c <= 'f') {
        value |= c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        value |= c - 'A' + 10;
      } else {
        return std::nullopt;
      }
    }
    return value;
  }

  // After a backslash. A \u escape for half a surrogate pair must be
  // followed by the other half, as nlohmann requires.
  bool Escape(std::string* out) {
    if (AtEnd()) return false;
    char simple;
    switch (json_[pos_++]) {
      case '"': simple = '"'; break;
      case '\\': simple = '\\'; break;
      case '/': simple = '/'; break;
      case 'b': simple = '\b'; break;
      case 'f': simple = '\f'; break;
      case 'n': simple = '\n'; break;
      case 'r': simple = '\r'; break;
      case 't': simple = '\t'; break;
      case 'u': {
        std::optional<char32_t> code_point = Hex4();
        if (!code_point || (*code_point >= 0xDC00 && *code_point <= 0xDFFF)) return false;
        if (*code_point >= 0xD800 && *code_point <= 0xDBFF) {
          if (!Consume('\\') || !Consume('u')) return false;
          const std::optional<char32_t> low = Hex4();
          if (!low || *low < 0xDC00 || *low > 0xDFFF) return false;
          code_point = 0x10000 + ((*code_point - 0xD800) << 10) + (*low - 0xDC00);
        }
        if (out != nullptr) AppendUtf8(*code_point, out);
        return true;
      }
      default:
        return false;
    }
    if (out != nullptr) out->push_back(simple);
    return true;
  }

  std::string_view json_;
  size_t pos_ = 0;
};

}  // namespace

std::optional<std::vector<std::optional<std::string>>> ReadFlatJsonStrings(
    std::string_view json, std::span<const std::string_view> wanted) {
  std::vector<std::optional<std::string>> values(wanted.size());
  FlatJsonReader reader(json);
  reader.SkipSpace();
  if (!reader.Consume('{')) return std::nullopt;
  reader.SkipSpace();
  if (!reader.Consume('}')) {
    std::string key;
    while (true) {
      reader.SkipSpace();
      key.clear();
      if (!reader.String(&key)) return std::nullopt;
      reader.SkipSpace();
      if (!reader.Consume(':')) return std::nullopt;
      reader.SkipSpace();
      const auto found = std::find(wanted.begin(), wanted.end(), key);
      if (found == wanted.end()) {
        if (!reader.SkipValue()) return std::nullopt;
      } else {
        std::optional<std::string>& value = values[found - wanted.begin()];
        if (value || reader.Peek() != '"') return std::nullopt;  // repeated, or not a string
        if (!reader.String(&value.emplace())) return std::nullopt;
      }
      reader.SkipSpace();
      if (reader.Consume(',')) continue;
      if (reader.Consume('}')) break;
      return std::nullopt;
    }
  }
  reader.SkipSpace();
  if (!reader.AtEnd()) return std::nullopt;
  // A key wanted twice (the same field for text and id) has one value.
  for (size_t i = 0; i < wanted.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (wanted[j] == wanted[i]) values[i] = values[j];
    }
  }
  return values;
}

}  // namespace akhbar
