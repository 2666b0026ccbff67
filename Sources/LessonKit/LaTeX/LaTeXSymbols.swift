// line-budget: table
/// The TeX commands the converter knows, and what each becomes.
enum LaTeXSymbols {
  /// Symbol commands: the Unicode text and the spacing class.
  static let symbols: [String: (String, MathClass)] = {
    var table: [String: (String, MathClass)] = [:]
    for (name, text) in greek { table[name] = (text, .ordinary) }
    for (name, text) in ordinary { table[name] = (text, .ordinary) }
    for (name, text) in binary { table[name] = (text, .binary) }
    for (name, text) in relations { table[name] = (text, .relation) }
    for (name, text) in opening { table[name] = (text, .open) }
    for (name, text) in closing { table[name] = (text, .close) }
    for (name, text) in largeOperators { table[name] = (text, .largeOperator) }
    return table
  }()

  static let greek: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
    "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
  ]

  static let ordinary: [String: String] = [
    "partial": "∂", "nabla": "∇", "infty": "∞", "top": "⊤", "intercal": "⊤", "prime": "′",
    "ell": "ℓ", "hbar": "ℏ", "emptyset": "∅", "varnothing": "∅", "forall": "∀", "exists": "∃",
    "neg": "¬", "lnot": "¬", "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮",
    "ddots": "⋱", "|": "‖", "%": "%", "_": "_", "#": "#", "&": "&",
    "$": "$", "lvert": "|", "rvert": "|", "vert": "|", "lVert": "‖", "rVert": "‖", "Vert": "‖",
    "star": "⋆", "dagger": "†", "angle": "∠", "triangle": "△", "Box": "□", "checkmark": "✓",
    "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ", "wp": "℘", "circ": "∘", "bullet": "•",
  ]

  static let binary: [String: String] = [
    "cdot": "·", "times": "×", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "pm": "±",
    "mp": "∓", "div": "÷", "ast": "∗", "cup": "∪", "cap": "∩", "setminus": "∖",
    "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨", "circledast": "⊛",
  ]

  static let relations: [String: String] = [
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
    "equiv": "≡", "sim": "∼", "simeq": "≃", "cong": "≅", "propto": "∝", "in": "∈",
    "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇",
    "leftarrow": "←", "gets": "←", "rightarrow": "→", "to": "→", "Rightarrow": "⇒",
    "Leftarrow": "⇐", "leftrightarrow": "↔", "Leftrightarrow": "⇔", "iff": "⇔",
    "implies": "⇒", "mapsto": "↦", "longrightarrow": "⟶", "longleftarrow": "⟵",
    "ll": "≪", "gg": "≫", "mid": "|", "perp": "⊥", "parallel": "∥", "coloneqq": "≔",
    "triangleq": "≜", "doteq": "≐", "models": "⊨", "vdash": "⊢", "uparrow": "↑",
    "downarrow": "↓",
  ]

  static let opening: [String: String] = [
    "{": "{", "langle": "⟨", "lfloor": "⌊", "lceil": "⌈", "lbrace": "{", "lbrack": "[",
  ]

  static let closing: [String: String] = [
    "}": "}", "rangle": "⟩", "rfloor": "⌋", "rceil": "⌉", "rbrace": "}", "rbrack": "]",
  ]

  static let largeOperators: [String: String] = [
    "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "oint": "∮",
    "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
  ]

  /// Operator names written upright: `\log x` reads `log x`.
  static let functions: Set<String> = [
    "log", "ln", "exp", "max", "min", "sup", "inf", "lim", "liminf", "limsup", "arg", "argmax",
    "argmin", "det", "dim", "sin", "cos", "tan", "sinh", "cosh", "tanh", "arcsin", "arccos",
    "arctan", "sec", "csc", "cot", "deg", "gcd", "hom", "ker", "Pr", "lg", "sgn", "tr",
  ]

  /// Spacing commands and their width in columns.
  static let spaces: [String: Int] = [
    ",": 1, ":": 1, ";": 1, " ": 1, "!": 0, "quad": 2, "qquad": 4, "enspace": 1,
    "thinspace": 1, "medspace": 1, "thickspace": 1, "negthinspace": 0,
  ]

  /// Commands that only change style and are dropped.
  static let ignored: Set<String> = [
    "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "big", "Big", "bigg",
    "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "middle",
    "nonumber", "notag",
  ]

  static let accents: [String: MathNode.Accent] = [
    "hat": .hat, "widehat": .hat, "bar": .bar, "overline": .bar, "tilde": .tilde,
    "widetilde": .tilde, "vec": .vec, "overrightarrow": .vec, "overleftarrow": .vec,
    "dot": .dot, "ddot": .ddot,
  ]

  /// Font commands whose argument is shown as upright text.
  static let textFonts: Set<String> = [
    "text", "textrm", "textbf", "textit", "texttt", "mathrm", "mathit", "mathsf", "mathtt",
    "operatorname", "mbox",
  ]

  /// Font commands whose argument stays maths (letters unchanged in plain text).
  static let plainFonts: Set<String> = ["mathbf", "boldsymbol", "bm", "pmb"]

  /// `\mathbb` letters: the letterlike BMP forms first, mathematical double-struck otherwise.
  static let blackboard: [Character: String] = [
    "R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "H": "ℍ", "E": "𝔼", "1": "𝟙",
  ]

  /// `\mathcal` letters: the letterlike BMP forms first.
  static let calligraphic: [Character: String] = [
    "L": "ℒ", "H": "ℋ", "F": "ℱ", "B": "ℬ", "E": "ℰ", "I": "ℐ", "M": "ℳ", "R": "ℛ",
    "A": "𝒜", "C": "𝒞", "D": "𝒟", "G": "𝒢", "J": "𝒥", "K": "𝒦", "N": "𝒩", "O": "𝒪",
    "P": "𝒫", "Q": "𝒬", "S": "𝒮", "T": "𝒯", "U": "𝒰", "V": "𝒱", "W": "𝒲", "X": "𝒳",
    "Y": "𝒴", "Z": "𝒵",
  ]

  /// Delimiter names after `\left` / `\right`.
  static let delimiters: [String: String] = [
    "(": "(", ")": ")", "[": "[", "]": "]", "{": "{", "}": "}", "|": "|", ".": "",
    "\\{": "{", "\\}": "}", "\\|": "‖", "\\langle": "⟨", "\\rangle": "⟩", "\\lfloor": "⌊",
    "\\rfloor": "⌋", "\\lceil": "⌈", "\\rceil": "⌉", "\\lvert": "|", "\\rvert": "|",
    "\\lVert": "‖", "\\rVert": "‖", "\\vert": "|", "\\Vert": "‖",
  ]

  /// Matrix environments and their delimiters.
  static let matrices: [String: (String, String)] = [
    "matrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"),
    "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"), "smallmatrix": ("", ""),
    "cases": ("{", ""), "array": ("", ""), "aligned": ("", ""),
  ]

  /// Every command name the converter accepts, for suggestions.
  static let allNames: [String] = {
    var names = Set(symbols.keys).union(functions).union(spaces.keys).union(ignored)
      .union(accents.keys).union(textFonts).union(plainFonts)
    names.formUnion([
      "frac", "dfrac", "tfrac", "sqrt", "left", "right", "begin", "end", "mathbb", "mathcal",
      "underbrace", "overbrace", "binom",
    ])
    return names.filter { $0.first?.isLetter ?? false }.sorted()
  }()
}
