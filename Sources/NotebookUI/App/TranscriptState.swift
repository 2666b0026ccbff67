/// The REPL pane's state: what was typed and printed, the input line, and an unfinished block.
public struct TranscriptState: Sendable, Equatable {
  /// One entry of the transcript.
  public enum Entry: Sendable, Equatable {
    /// A line the learner typed, with the prompt it was typed at.
    case input(prompt: String, text: String)
    case output(OutputItem)
  }

  /// The entries, oldest first; at most `capacity` are kept.
  public var entries: [Entry] {
    didSet {
      if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }
  }
  /// How many entries the transcript keeps (a long training loop must not grow it forever).
  public static let capacity = 2000
  /// The input line as the line editor last reported it.
  public var editor: LineEditorState
  /// Lines of a block still being typed (after `def f():` and friends).
  public var pendingLines: [String]
  /// Output of the running evaluation so far, replaced by each `.output` event.
  public var liveOutput: [OutputItem]
  /// Lines scrolled back from the bottom; 0 follows the newest output.
  public var scrollBack: Int

  public init() {
    entries = []
    editor = LineEditorState()
    pendingLines = []
    liveOutput = []
    scrollBack = 0
  }

  /// The prompt for the next line: `>>> ` or `... ` inside a block.
  public var prompt: String { pendingLines.isEmpty ? ">>> " : "... " }
}
