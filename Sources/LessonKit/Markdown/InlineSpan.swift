/// A piece of a line of prose, after inline Markdown is read.
public enum InlineSpan: Sendable, Equatable {
  /// Plain text.
  case text(String)
  /// `*emphasis*` or `_emphasis_`.
  case emphasis(String)
  /// `**strong**` or `__strong__`.
  case strong(String)
  /// `` `code` ``.
  case code(String)
  /// `$…$` maths, as TeX source, with its 0-based character offset in the line.
  case math(String, offset: Int)
  /// `[text](url)`.
  case link(text: String, url: String)
}
