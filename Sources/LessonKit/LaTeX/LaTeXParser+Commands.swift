extension LaTeXParser {
  /// A `\command` and its arguments.
  mutating func parseCommand(_ name: String, at start: Int) -> MathNode? {
    if let (text, mathClass) = LaTeXSymbols.symbols[name] { return .symbol(text, mathClass) }
    if LaTeXSymbols.functions.contains(name) { return .function(name) }
    if let width = LaTeXSymbols.spaces[name] { return .space(width) }
    if LaTeXSymbols.ignored.contains(name) { return nil }
    if let accent = LaTeXSymbols.accents[name] { return .accent(accent, parseArgument()) }
    if LaTeXSymbols.textFonts.contains(name) {
      let text = parseRawGroup()
      return name == "operatorname" ? .function(text) : .text(text)
    }
    if LaTeXSymbols.plainFonts.contains(name) { return parseArgument() }
    switch name {
    case "frac", "dfrac", "tfrac", "cfrac":
      let numerator = parseArgument()
      return .fraction(numerator, parseArgument())
    case "binom":
      let top = parseArgument()
      return .delimited(left: "(", .fraction(top, parseArgument()), right: ")")
    case "sqrt":
      skipSpaces()
      var rootIndex: MathNode? = nil
      if peek == .character("[") {
        index += 1
        var items: [MathNode] = []
        while let kind = peek, kind != .character("]") {
          if let atom = parseAtom() { items.append(parseScripts(on: atom)) }
        }
        if peek != nil { index += 1 }
        rootIndex = .row(items)
      }
      return .root(parseArgument(), index: rootIndex)
    case "mathbb", "mathcal", "mathscr", "mathfrak":
      let table = name == "mathbb" ? LaTeXSymbols.blackboard : LaTeXSymbols.calligraphic
      let text = parseRawGroup()
      return .row(
        text.map { c in .symbol(table[c] ?? String(c), .ordinary) })
    case "underbrace", "overbrace":
      return .underbrace(parseArgument(), label: nil)
    case "left":
      return parseDelimited(at: start)
    case "begin":
      return parseEnvironment(at: start)
    default:
      return unknown(name, at: start)
    }
  }

  /// `\left X … \right Y`.
  mutating func parseDelimited(at start: Int) -> MathNode {
    let left = parseDelimiter()
    let body = parseRow(stopAtClose: true)
    guard peek == .command("right") else {
      issues.append(LaTeXIssue(message: "\\left without a matching \\right", offset: start))
      return .delimited(left: left, .row(body), right: "")
    }
    index += 1
    return .delimited(left: left, .row(body), right: parseDelimiter())
  }

  /// The delimiter after `\left`/`\right`.
  mutating func parseDelimiter() -> String {
    skipSpaces()
    guard let kind = peek else { return "" }
    index += 1
    switch kind {
    case .character(let c): return LaTeXSymbols.delimiters[String(c)] ?? String(c)
    case .command(let name):
      if let text = LaTeXSymbols.delimiters["\\" + name] { return text }
      if let text = LaTeXSymbols.symbols[name]?.0 { return text }
      _ = unknown(name, at: tokens[index - 1].offset)
      return "\\" + name
    default:
      index -= 1
      return ""
    }
  }

  /// `\begin{pmatrix} a & b \\ c & d \end{pmatrix}` and friends.
  mutating func parseEnvironment(at start: Int) -> MathNode {
    let name = parseRawGroup()
    guard let (left, right) = LaTeXSymbols.matrices[name] else {
      issues.append(LaTeXIssue(message: "unknown LaTeX environment \(name)", offset: start))
      return .unknown("\\begin{\(name)}")
    }
    if name == "array" { _ = parseRawGroup() }
    var rows: [[MathNode]] = [[]]
    while true {
      let cell = parseRow(stopAtClose: true)
      rows[rows.count - 1].append(.row(cell))
      switch peek {
      case .ampersand: index += 1
      case .rowBreak:
        index += 1
        rows.append([])
      case .command("end"):
        index += 1
        _ = parseRawGroup()
        if rows.last == [.row([])] { rows.removeLast() }
        return .matrix(rows, left: left, right: right)
      case .close:
        index += 1
        issues.append(LaTeXIssue(message: "unbalanced '}'", offset: tokens[index - 1].offset))
      default:
        issues.append(LaTeXIssue(message: "\\begin{\(name)} without \\end", offset: start))
        return .matrix(rows, left: left, right: right)
      }
    }
  }

  /// Reports an unknown command, suggesting the nearest known one.
  mutating func unknown(_ name: String, at offset: Int) -> MathNode {
    let help = LaTeXParser.suggestion(for: name).map { "did you mean \\\($0)?" }
    issues.append(
      LaTeXIssue(message: "unknown LaTeX command \\\(name)", help: help, offset: offset))
    return .unknown("\\" + name)
  }

  /// The known command nearest to `name`, if one is within an edit distance of a third of
  /// its length (at least 1).
  static func suggestion(for name: String) -> String? {
    var best: (String, Int)? = nil
    let limit = max(1, name.count / 3)
    for candidate in LaTeXSymbols.allNames where abs(candidate.count - name.count) <= limit {
      let distance = editDistance(Array(name), Array(candidate))
      if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    return best?.0
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
