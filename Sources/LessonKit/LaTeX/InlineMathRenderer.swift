/// Renders a formula on one line of Unicode text.
///
/// - Scripts use Unicode sub/superscripts only when every character has a form (`y⁽ⁱ⁾`, `xᵢ²`),
///   otherwise `^(…)` / `_(…)`; a single character or a bracketed group needs no parentheses
///   (`n_X`, `W^[l]`), and a leading `[…]` group may be followed by raised text (`W^[l]ᵀ`).
/// - Fractions are `a/b`, with parentheses around a part that is not one atom (`1/(1 + e⁻ᶻ)`).
/// - Accents over one letter are precomposed when Unicode has the letter (`ŷ`), combining
///   marks otherwise (`x̂`); over longer bodies they are written `hat(…)`.
enum InlineMathRenderer {
  static func render(_ node: MathNode, script: Bool = false) -> String {
    switch node {
    case .row(let items):
      let gaps = script ? Array(repeating: 0, count: items.count) : MathSpacing.gaps(items)
      var text = ""
      for (item, gap) in zip(items, gaps) {
        text += String(repeating: " ", count: gap) + render(item, script: script)
      }
      return text
    case .symbol(let text, _), .function(let text), .text(let text), .unknown(let text):
      return text
    case .space(let width):
      return String(repeating: " ", count: width)
    case .scripts(let base, let sub, let sup):
      var text = render(base, script: script)
      if needsParentheses(base, text) { text = "(" + text + ")" }
      if let sub { text += attach(render(sub, script: true), raised: false) }
      if let sup { text += attach(render(sup, script: true), raised: true) }
      return text
    case .fraction(let numerator, let denominator):
      return atomic(render(numerator, script: script)) + "/"
        + atomic(render(denominator, script: script))
    case .root(let body, let index):
      let radical = index.map { raisedOrBracketed(render($0, script: true)) + "√" } ?? "√"
      return radical + atomic(render(body, script: script))
    case .accent(let accent, let body):
      return accented(render(body, script: script), accent)
    case .delimited(let left, let body, let right):
      return left + render(body, script: script) + right
    case .matrix(let rows, let left, let right):
      let body = rows.map { row in row.map { render($0, script: script) }.joined(separator: ", ") }
      return left + body.joined(separator: "; ") + right
    case .underbrace(let body, _):
      return render(body, script: script)
    }
  }

  /// A script attached after its base.
  static func attach(_ text: String, raised: Bool) -> String {
    if let shifted = raised ? UnicodeScripts.raised(text) : UnicodeScripts.lowered(text) {
      return shifted
    }
    let mark = raised ? "^" : "_"
    if text.count == 1 || isBracketed(text) { return mark + text }
    if raised, text.first == "[", let close = text.firstIndex(of: "]"),
      let rest = UnicodeScripts.raised(String(text[text.index(after: close)...]))
    {
      return mark + text[...close] + rest
    }
    return mark + "(" + text + ")"
  }

  /// Raised text, or `^(…)`-style text without the caret (for root indices).
  static func raisedOrBracketed(_ text: String) -> String {
    UnicodeScripts.raised(text) ?? "(" + text + ")"
  }

  /// The text wrapped in parentheses unless it is one atom.
  static func atomic(_ text: String) -> String {
    let isAtom =
      !text.contains(" ") && !text.contains("/") && text.count > 0
      && !(text.count > 1 && (text.first == "−" || text.first == "+"))
    let isRoot = text.first == "√" && isBracketed(String(text.dropFirst()))
    return isAtom || isRoot || isBracketed(text) ? text : "(" + text + ")"
  }

  /// Whether the whole text is one bracketed group: `(…)`, `[…]`, `{…}`, `⟨…⟩`.
  static func isBracketed(_ text: String) -> Bool {
    let pairs: [Character: Character] = [
      "(": ")", "[": "]", "{": "}", "⟨": "⟩", "|": "|", "‖": "‖",
    ]
    guard let first = text.first, let close = pairs[first], text.last == close, text.count > 1
    else { return false }
    var depth = 0
    for (offset, c) in text.enumerated() {
      if c == first, first != close { depth += 1 } else if c == close { depth -= 1 }
      if first == close { continue }
      if depth == 0, offset < text.count - 1 { return false }
    }
    return true
  }

  /// Whether a script base must be parenthesised (`(a/b)²`, `(x + 1)²`).
  static func needsParentheses(_ base: MathNode, _ text: String) -> Bool {
    if case .fraction = base { return true }
    if case .row(let items) = base, items.count > 1 { return !isBracketed(text) }
    return false
  }

  /// `ŷ`, `x̂`, or `hat(x + y)`.
  static func accented(_ body: String, _ accent: MathNode.Accent) -> String {
    guard body.count == 1 else { return "\(accent.rawValue)(\(body))" }
    let combined = body + String(accent.combining)
    return UnicodeScripts.precomposed[combined] ?? combined
  }
}
