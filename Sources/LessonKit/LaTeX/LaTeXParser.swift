/// Parses TeX maths into a `MathNode` tree (recursive descent over `LaTeXToken`s).
///
/// Never fails: unknown commands become `.unknown` nodes and unbalanced braces are reported as
/// issues, so a lesson with a typo still renders something an author can see.
struct LaTeXParser {
  var tokens: [LaTeXToken]
  var index = 0
  var issues: [LaTeXIssue] = []

  init(_ source: String) {
    tokens = LaTeXToken.tokenize(source)
  }

  /// Parses the whole formula.
  static func parse(_ source: String) -> (MathNode, [LaTeXIssue]) {
    var parser = LaTeXParser(source)
    var rows: [[MathNode]] = [[]]
    var cell: [MathNode] = []
    while parser.index < parser.tokens.count {
      cell += parser.parseRow(stopAtClose: true)
      guard let kind = parser.peek else { break }
      parser.index += 1
      switch kind {
      case .ampersand:
        rows[rows.count - 1].append(.row(cell))
        cell = []
      case .rowBreak:
        rows[rows.count - 1].append(.row(cell))
        rows.append([])
        cell = []
      default:
        let name = if case .command(let name) = kind { "\\" + name } else { "}" }
        let offset = parser.tokens[parser.index - 1].offset
        parser.issues.append(LaTeXIssue(message: "unbalanced '\(name)'", offset: offset))
      }
    }
    rows[rows.count - 1].append(.row(cell))
    if rows.count > 1, rows.last == [.row([])] { rows.removeLast() }
    if rows.count == 1, rows[0].count == 1 { return (rows[0][0], parser.issues) }
    return (.matrix(rows, left: "", right: ""), parser.issues)
  }

  var peek: LaTeXToken.Kind? { index < tokens.count ? tokens[index].kind : nil }
  var offset: Int { index < tokens.count ? tokens[index].offset : (tokens.last?.offset ?? 0) }

  mutating func skipSpaces() {
    while peek == .space { index += 1 }
  }

  /// Items up to a `}` (not consumed), `&`, `\\`, `\right`, `\end` or the end.
  mutating func parseRow(stopAtClose: Bool) -> [MathNode] {
    var items: [MathNode] = []
    while let kind = peek {
      switch kind {
      case .close, .ampersand, .rowBreak: return items
      case .command("right"), .command("end"): return items
      case .space: index += 1
      default:
        guard var atom = parseAtom() else { continue }
        atom = parseScripts(on: atom)
        items.append(atom)
      }
    }
    return items
  }

  /// `^` and `_` after a base, in either order.
  mutating func parseScripts(on base: MathNode) -> MathNode {
    var sub: MathNode? = nil
    var sup: MathNode? = nil
    var base = base
    while true {
      skipSpaces()
      if peek == .superscript {
        index += 1
        let argument = parseArgument()
        if sup != nil {  // x^a^b: TeX rejects it; keep both readable
          base = .scripts(base: base, sub: sub, sup: sup)
          sub = nil
        }
        sup = argument
      } else if peek == .subscript {
        index += 1
        let argument = parseArgument()
        if case .underbrace(let body, nil) = base {
          base = .underbrace(body, label: argument)
          continue
        }
        sub = argument
      } else if peek == .character("'") {
        index += 1
        sup = .row((sup.map { [$0] } ?? []) + [.symbol("′", .ordinary)])
      } else {
        break
      }
    }
    if sub == nil, sup == nil { return base }
    return .scripts(base: base, sub: sub, sup: sup)
  }

  /// A `{group}` or a single atom (a script or command argument).
  mutating func parseArgument() -> MathNode {
    skipSpaces()
    guard let kind = peek else {
      issues.append(LaTeXIssue(message: "missing argument at the end", offset: offset))
      return .row([])
    }
    if kind == .open { return parseGroup() }
    return parseAtom() ?? .row([])
  }

  /// `{ … }`, reporting a missing `}`.
  mutating func parseGroup() -> MathNode {
    let start = offset
    index += 1
    let items = parseRow(stopAtClose: true)
    if peek == .close {
      index += 1
    } else {
      issues.append(LaTeXIssue(message: "unbalanced '{'", offset: start))
    }
    return items.count == 1 ? items[0] : .row(items)
  }

  /// The raw text of a `{…}` group, spaces kept (for `\text`, environment names).
  mutating func parseRawGroup() -> String {
    skipSpaces()
    guard peek == .open else { return "" }
    let start = offset
    index += 1
    var text = ""
    var depth = 0
    while let kind = peek {
      index += 1
      switch kind {
      case .close where depth == 0: return text
      case .close:
        depth -= 1
        text += "}"
      case .open:
        depth += 1
        text += "{"
      case .space: text += " "
      case .character(let c): text.append(c)
      case .command(let name): text += LaTeXSymbols.symbols[name]?.0 ?? name
      case .superscript: text += "^"
      case .subscript: text += "_"
      case .ampersand: text += "&"
      case .rowBreak: text += " "
      }
    }
    issues.append(LaTeXIssue(message: "unbalanced '{'", offset: start))
    return text
  }

  /// One atom, or nil for tokens that produce nothing (ignored commands).
  mutating func parseAtom() -> MathNode? {
    guard let kind = peek else { return nil }
    let start = offset
    index += 1
    switch kind {
    case .open:
      index -= 1
      return parseGroup()
    case .character(let c):
      return LaTeXParser.character(c, next: peek, advance: &index)
    case .command(let name):
      return parseCommand(name, at: start)
    case .superscript, .subscript:
      index -= 1
      return .row([])
    default:
      return nil
    }
  }

  /// A plain character as a symbol with its class; `:=` becomes one relation.
  static func character(_ c: Character, next: LaTeXToken.Kind?, advance index: inout Int)
    -> MathNode
  {
    switch c {
    case "+", "*": return .symbol(String(c), .binary)
    case "-": return .symbol("−", .binary)
    case "/", "|", ".", "!", "?": return .symbol(String(c), .ordinary)
    case "=", "<", ">": return .symbol(String(c), .relation)
    case ":":
      if next == .character("=") {
        index += 1
        return .symbol(":=", .relation)
      }
      return .symbol(":", .relation)
    case "(", "[": return .symbol(String(c), .open)
    case ")", "]": return .symbol(String(c), .close)
    case ",", ";": return .symbol(String(c), .punctuation)
    case "'": return .symbol("′", .ordinary)
    default: return .symbol(String(c), .ordinary)
    }
  }
}
