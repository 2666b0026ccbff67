// line-budget: table
/// The characters that have Unicode superscript and subscript forms.
///
/// A script is transliterated only when every one of its characters is here; otherwise it is
/// written `^(…)` / `_(…)`, so nothing is ever half raised.
enum UnicodeScripts {
  static let superscripts: [Character: Character] = [
    "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸",
    "9": "⁹", "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾",
    "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ",
    "j": "ʲ", "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ",
    "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
    "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ", "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ",
    "L": "ᴸ", "M": "ᴹ", "N": "ᴺ", "O": "ᴼ", "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ",
    "W": "ᵂ", "α": "ᵅ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "ε": "ᵋ", "θ": "ᶿ", "ι": "ᶥ", "φ": "ᵠ",
    "χ": "ᵡ", "⊤": "ᵀ", "′": "′", "*": "*", "∗": "*",
  ]

  static let subscripts: [Character: Character] = [
    "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈",
    "9": "₉", "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
    "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ",
    "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
    "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "φ": "ᵩ", "χ": "ᵪ",
  ]

  /// Precomposed letters with an accent, where Unicode has one.
  static let precomposed: [String: String] = [
    "a\u{302}": "â", "c\u{302}": "ĉ", "e\u{302}": "ê", "g\u{302}": "ĝ", "h\u{302}": "ĥ",
    "i\u{302}": "î", "j\u{302}": "ĵ", "o\u{302}": "ô", "s\u{302}": "ŝ", "u\u{302}": "û",
    "w\u{302}": "ŵ", "y\u{302}": "ŷ", "z\u{302}": "ẑ", "A\u{302}": "Â", "E\u{302}": "Ê",
    "Y\u{302}": "Ŷ", "a\u{304}": "ā", "e\u{304}": "ē", "g\u{304}": "ḡ", "i\u{304}": "ī",
    "o\u{304}": "ō", "u\u{304}": "ū", "y\u{304}": "ȳ", "A\u{304}": "Ā", "a\u{303}": "ã",
    "e\u{303}": "ẽ", "i\u{303}": "ĩ", "n\u{303}": "ñ", "o\u{303}": "õ", "u\u{303}": "ũ",
    "v\u{303}": "ṽ", "y\u{303}": "ỹ", "x\u{307}": "ẋ", "y\u{307}": "ẏ", "z\u{307}": "ż",
    "x\u{308}": "ẍ", "y\u{308}": "ÿ",
  ]

  /// `text` raised, or nil if a character has no superscript form.
  static func raised(_ text: String) -> String? {
    transliterate(text, superscripts)
  }

  /// `text` lowered, or nil if a character has no subscript form.
  static func lowered(_ text: String) -> String? {
    transliterate(text, subscripts)
  }

  private static func transliterate(_ text: String, _ table: [Character: Character]) -> String? {
    guard !text.isEmpty else { return nil }
    var result = ""
    for character in text {
      guard let mapped = table[character] else { return nil }
      result.append(mapped)
    }
    return result
  }
}
