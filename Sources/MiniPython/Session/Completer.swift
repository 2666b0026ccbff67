/// Completion candidates for the end of a line.
public struct Completions: Equatable, Sendable {
  /// The end of the line being completed (`np.ze`, `"lea`); each candidate replaces it.
  public var fragment: String
  /// Full replacements for `fragment`, sorted.
  public var candidates: [String]

  public init(fragment: String, candidates: [String]) {
    self.fragment = fragment
    self.candidates = candidates
  }

  /// The candidates as replacements for the `word` a line editor completes. The word may start
  /// before `fragment` (a word `x=np.ze` ends with the fragment `np.ze`) or after it (readline
  /// breaks words at quotes, so in `d['W` its word is `W` while the fragment is `'W`).
  public func replacing(inWord word: String) -> [String] {
    if word.hasSuffix(fragment) {
      let prefix = String(word.dropLast(fragment.count))
      return candidates.map { prefix + $0 }
    }
    if fragment.hasSuffix(word) {
      let extra = fragment.count - word.count
      return candidates.map { String($0.dropFirst(extra)) }
    }
    return candidates
  }
}

/// Finds completions by reading the session's values: names, then attributes along a dotted
/// path, then string keys of a dict. It never calls functions or runs code.
struct Completer {
  let interpreter: Interpreter

  static let keywords = Token.keywords.sorted()

  func complete(_ line: String) -> Completions {
    if let keyCompletion = dictKeys(line) { return keyCompletion }
    let fragment = String(line.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }.reversed())
    guard !fragment.isEmpty, !(fragment.first?.isNumber ?? false) else {
      return Completions(fragment: fragment, candidates: [])
    }
    var parts = fragment.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let partial = parts.removeLast()
    if parts.isEmpty {
      let names = Set(interpreter.globalNames + interpreter.builtinNames + Completer.keywords)
      return Completions(fragment: fragment, candidates: names.filter { $0.hasPrefix(partial) }.sorted())
    }
    guard let object = resolve(parts) else { return Completions(fragment: fragment, candidates: []) }
    let prefix = parts.joined(separator: ".") + "."
    let names = Help.names(of: object, interpreter).filter {
      $0.hasPrefix(partial) && (partial.hasPrefix("_") || !$0.hasPrefix("_"))
    }
    return Completions(fragment: fragment, candidates: names.map { prefix + $0 })
  }

  /// `d["pre` → the string keys of `d` starting with `pre`, each closed with `"]`.
  private func dictKeys(_ line: String) -> Completions? {
    let characters = Array(line)
    guard let open = characters.lastIndex(of: "["), open + 1 < characters.count else { return nil }
    let quote = characters[open + 1]
    guard quote == "\"" || quote == "'" else { return nil }
    let partial = String(characters[(open + 2)...])
    guard !partial.contains(quote), !partial.contains("]") else { return nil }
    let path = String(characters[..<open].reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }.reversed())
    guard !path.isEmpty, case .dict(let dict)? = resolve(path.split(separator: ".").map(String.init)) else {
      return nil
    }
    let keys = dict.keys.compactMap(\.asString).filter { $0.hasPrefix(partial) }.sorted()
    return Completions(
      fragment: String(quote) + partial, candidates: keys.map { String(quote) + $0 + String(quote) + "]" })
  }

  /// The value of `a.b.c` from globals, built-ins and attributes, without calling anything.
  private func resolve(_ path: [String]) -> PyValue? {
    guard let first = path.first, var value = interpreter.global(first) ?? interpreter.builtins[first] else {
      return nil
    }
    for name in path.dropFirst() {
      switch value {
      case .module(let module):
        guard let member = module.members[name] else { return nil }
        value = member
      case .instance(let object):
        guard let member = object.attributes[name] ?? object.cls.lookup(name) else { return nil }
        value = member
      case .type(let cls):
        guard let member = cls.lookup(name) else { return nil }
        value = member
      default:
        guard let member = try? interpreter.attribute(value, name) else { return nil }
        value = member
      }
    }
    return value
  }
}
