/// The syntax tree of a TeX formula, as `LaTeXParser` builds it and the renderers draw it.
indirect enum MathNode: Equatable, Sendable {
  /// A horizontal sequence.
  case row([MathNode])
  /// One symbol (a letter, digit, Greek letter, operator…) and its spacing class.
  case symbol(String, MathClass)
  /// An upright operator name such as `log`, `exp`, `max`, `softmax` (`\operatorname`).
  case function(String)
  /// Upright text from `\text{…}` or `\mathrm{…}`, spaces kept.
  case text(String)
  /// A base with an optional subscript and superscript.
  case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
  /// A fraction.
  case fraction(MathNode, MathNode)
  /// A square root, or an n-th root with an index.
  case root(MathNode, index: MathNode?)
  /// An accent over a body: `\hat`, `\bar`, `\tilde`, `\vec`, `\dot`.
  case accent(Accent, MathNode)
  /// A body between stretchy delimiters (`\left( … \right)`); `""` for `\left.`.
  case delimited(left: String, MathNode, right: String)
  /// A matrix environment: rows of cells and its delimiters.
  case matrix([[MathNode]], left: String, right: String)
  /// `\underbrace{body}_{label}`.
  case underbrace(MathNode, label: MathNode?)
  /// An explicit space of the given width (`\,` is 1, `\quad` 2, `\qquad` 4).
  case space(Int)
  /// A command the converter does not know, kept verbatim (and reported).
  case unknown(String)

  /// The accents, with their combining mark and the name used when the body is long.
  enum Accent: String, Equatable, Sendable {
    case hat, bar, tilde, vec, dot, ddot

    /// The combining character placed after a one-character body.
    var combining: Character {
      switch self {
      case .hat: "\u{302}"
      case .bar: "\u{304}"
      case .tilde: "\u{303}"
      case .vec: "\u{20D7}"
      case .dot: "\u{307}"
      case .ddot: "\u{308}"
      }
    }
  }
}

/// How a symbol spaces against its neighbours (TeX's atom classes, simplified).
enum MathClass: Equatable, Sendable {
  /// Letters, digits and most symbols: no space.
  case ordinary
  /// `+ − · × ⊙`: a space each side, none when unary.
  case binary
  /// `= ≤ ∈ → :=`: a space each side.
  case relation
  /// Opening delimiters.
  case open
  /// Closing delimiters.
  case close
  /// `,` and `;`: a space after.
  case punctuation
  /// `∑ ∏ ∫`: limits above and below in display mode, a space after.
  case largeOperator
  /// Operator names (`log`, `max`): a space before a following letter or digit.
  case function
}
