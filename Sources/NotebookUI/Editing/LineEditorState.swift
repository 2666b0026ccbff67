import TextPlot

/// What the REPL's input line shows: the prompt, the text, the caret and completion matches.
public struct LineEditorState: Sendable, Equatable {
  /// `>>> `, `... `, or readline's `(reverse-i-search)…` prompt while searching.
  public var prompt: String
  public var text: String
  /// The caret as a display column inside `prompt + text` (a CJK character counts 2).
  public var cursorColumn: Int
  /// Completion candidates to list under the line; empty when none are shown.
  public var matches: [String]

  public init(
    prompt: String = ">>> ", text: String = "", cursorColumn: Int? = nil, matches: [String] = []
  ) {
    self.prompt = prompt
    self.text = text
    self.cursorColumn = cursorColumn ?? displayWidth(prompt + text)
    self.matches = matches
  }
}
