import TextPlot

/// A small line editor in pure Swift: insert, delete, caret moves, history, tab completion.
///
/// It stands in for readline in tests and wherever readline is not wanted. Completion asks the
/// `complete` closure for candidates of the word before the caret: one candidate is inserted,
/// several are listed in `state.matches` (after extending the word to their common prefix).
public final class MemoryLineEditor: LineEditor {
  public private(set) var state: LineEditorState
  /// Accepted lines, oldest first.
  public private(set) var history: [String]
  private var characters: [Character] = []
  private var caret = 0
  private var historyIndex: Int?
  private let complete: (_ line: String, _ word: String) -> [String]

  /// - Parameters:
  ///   - history: earlier lines, oldest first (Up recalls the last one).
  ///   - complete: candidates for a word prefix; the default completes nothing.
  public init(
    prompt: String = ">>> ", history: [String] = [],
    complete: @escaping (_ line: String, _ word: String) -> [String] = { _, _ in [] }
  ) {
    self.state = LineEditorState(prompt: prompt)
    self.history = history
    self.complete = complete
  }

  public func handle(_ key: Key) -> [Event] {
    var matches: [String] = []
    switch key {
    case .character(let character):
      characters.insert(character, at: caret)
      caret += 1
    case .backspace:
      if caret > 0 {
        caret -= 1
        characters.remove(at: caret)
      }
    case .control("d") where characters.isEmpty: return [.endOfInput]
    case .delete, .control("d"): if caret < characters.count { characters.remove(at: caret) }
    case .left, .control("b"): caret = max(0, caret - 1)
    case .right, .control("f"): caret = min(characters.count, caret + 1)
    case .home, .control("a"): caret = 0
    case .end, .control("e"): caret = characters.count
    case .control("k"): characters.removeSubrange(caret...)
    case .control("u"):
      characters.removeSubrange(..<caret)
      caret = 0
    case .up, .control("p"): recall(by: -1)
    case .down, .control("n"): recall(by: 1)
    case .tab: matches = completeWord()
    case .enter: return [submit()]
    default: return []
    }
    refresh(matches: matches)
    return [.lineEdited(state)]
  }

  public func setPrompt(_ prompt: String) {
    state.prompt = prompt
    refresh(matches: [])
  }

  public func cancelLine() {
    characters = []
    caret = 0
    historyIndex = nil
    refresh(matches: [])
  }

  private func submit() -> Event {
    let line = String(characters)
    if !line.trimmingSpaces.isEmpty && history.last != line { history.append(line) }
    cancelLine()
    return .lineSubmitted(line)
  }

  private func recall(by step: Int) {
    guard !history.isEmpty else { return }
    let next = (historyIndex ?? history.count) + step
    if next >= history.count {
      historyIndex = nil
      characters = []
    } else {
      historyIndex = max(0, next)
      characters = Array(history[historyIndex!])  // set on the line above
    }
    caret = characters.count
  }

  private func completeWord() -> [String] {
    var start = caret
    while start > 0,
      characters[start - 1].isLetter || characters[start - 1].isNumber
        || characters[start - 1] == "_" || characters[start - 1] == "."
    { start -= 1 }
    let word = String(characters[start..<caret])
    let candidates = complete(String(characters[..<caret]), word)
    guard let first = candidates.first else { return [] }
    var common = first
    for candidate in candidates.dropFirst() {
      common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
    }
    if common.count > word.count {
      characters.replaceSubrange(start..<caret, with: Array(common))
      caret = start + common.count
    }
    return candidates.count > 1 ? candidates : []
  }

  private func refresh(matches: [String]) {
    let text = String(characters)
    let column = displayWidth(state.prompt) + displayWidth(String(characters[..<caret]))
    state = LineEditorState(
      prompt: state.prompt, text: text, cursorColumn: column, matches: matches)
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
    let last = lastIndex(where: { !isBlank($0) })!  // exists: `first` does
    return self[first...last]
  }
}
