/// Reads inline Markdown in a line of prose: code spans, `$…$` maths, emphasis and links.
///
/// Code spans are read first, so a `$` inside `` `…` `` is not maths; `\$` is a literal dollar.
/// An unclosed marker is kept as plain text.
public enum InlineText {
  /// The spans of `text`, in order; adjacent plain text is merged.
  public static func spans(_ text: String) -> [InlineSpan] {
    let characters = Array(text)
    var spans: [InlineSpan] = []
    var plain = ""
    var index = 0
    func flush() {
      if !plain.isEmpty { spans.append(.text(plain)) }
      plain = ""
    }
    func find(_ marker: [Character], from start: Int) -> Int? {
      var i = start
      while i + marker.count <= characters.count {
        if characters[i] == "\\" {
          i += 2
          continue
        }
        if Array(characters[i..<(i + marker.count)]) == marker { return i }
        i += 1
      }
      return nil
    }
    while index < characters.count {
      let c = characters[index]
      if c == "\\", index + 1 < characters.count, "$*_`[]\\".contains(characters[index + 1]) {
        plain.append(characters[index + 1])
        index += 2
        continue
      }
      if c == "`", let end = characters[(index + 1)...].firstIndex(of: "`") {
        flush()
        spans.append(.code(String(characters[(index + 1)..<end])))
        index = end + 1
        continue
      }
      if c == "$", index + 1 < characters.count, characters[index + 1] != " ",
        let end = find(["$"], from: index + 1), end > index + 1
      {
        flush()
        spans.append(.math(String(characters[(index + 1)..<end]), offset: index + 1))
        index = end + 1
        continue
      }
      if c == "*" || c == "_" {
        let double = index + 1 < characters.count && characters[index + 1] == c
        let marker: [Character] = double ? [c, c] : [c]
        let isWordInner =
          c == "_" && index > 0 && characters[index - 1].isLetter
        if !isWordInner, let end = find(marker, from: index + marker.count),
          end > index + marker.count
        {
          flush()
          let inner = String(characters[(index + marker.count)..<end])
          spans.append(double ? .strong(inner) : .emphasis(inner))
          index = end + marker.count
          continue
        }
      }
      if c == "[", let close = find(["]", "("], from: index + 1),
        let end = characters[(close + 2)...].firstIndex(of: ")")
      {
        flush()
        spans.append(
          .link(
            text: String(characters[(index + 1)..<close]),
            url: String(characters[(close + 2)..<end])))
        index = end + 1
        continue
      }
      plain.append(c)
      index += 1
    }
    flush()
    return spans
  }

  /// The text with Markdown markers removed and maths rendered inline, for plain-text output.
  public static func plain(_ text: String) -> String {
    spans(text).map { span in
      switch span {
      case .text(let text), .emphasis(let text), .strong(let text): text
      case .code(let code): code
      case .math(let tex, _): LaTeXRenderer.inline(tex).text
      case .link(let text, let url): "\(text) (\(url))"
      }
    }.joined()
  }

  /// The TeX of every `$…$` span in `text`.
  public static func formulas(_ text: String) -> [String] {
    spans(text).compactMap { if case .math(let tex, _) = $0 { tex } else { nil } }
  }
}
