/// The lesson pane's state: the open document, its scroll position, the selected item (code
/// cell, quiz or exercise) and the built-in editor when it is open.
public struct LessonPaneState: Sendable, Equatable {
  public var document: Document?
  /// The first visible laid-out line.
  public var scroll: Int
  /// The selected item, an index into `document.items`.
  public var selection: Int?
  /// The built-in code editor, while open.
  public var editor: CodeEditorState?
  /// While a cell runs, the scroll position the view last chose to show its output; a learner
  /// who scrolls elsewhere (so `scroll` differs) stops the following.
  public var followedScroll: Int?

  public init(document: Document? = nil) {
    self.document = document
    self.scroll = 0
    self.selection = document.flatMap { $0.items.isEmpty ? nil : 0 }
    self.editor = nil
    self.followedScroll = nil
  }

  /// The selected item and its block index.
  public var selectedItem: (item: LessonItem, block: Int)? {
    guard let document, let selection else { return nil }
    return document.items[safe: selection]
  }

  /// The selected code cell (0 is the first code block), if a code cell is selected; setting it
  /// selects that cell.
  public var selectedCell: Int? {
    get {
      if case .cell(let cell)? = selectedItem?.item { return cell }
      return nil
    }
    set {
      guard let newValue,
        let index = document?.items.firstIndex(where: { $0.item == .cell(newValue) })
      else { return }
      selection = index
    }
  }

  /// The selected quiz, if a quiz is selected.
  public var selectedQuiz: QuizCard? {
    guard let block = selectedItem?.block, case .quiz(let quiz)? = document?.blocks[block] else {
      return nil
    }
    return quiz
  }

  /// The selected exercise, if an exercise is selected.
  public var selectedExercise: ExerciseCard? {
    guard let block = selectedItem?.block, case .exercise(let exercise)? = document?.blocks[block]
    else { return nil }
    return exercise
  }

  /// Changes the quiz with this id in place.
  public mutating func updateQuiz(_ id: String, _ change: (inout QuizCard) -> Void) {
    guard var document else { return }
    for index in document.blocks.indices {
      if case .quiz(var quiz) = document.blocks[index], quiz.id == id {
        change(&quiz)
        document.blocks[index] = .quiz(quiz)
      }
    }
    self.document = document
  }

  /// Changes the exercise with this id in place.
  public mutating func updateExercise(_ id: String, _ change: (inout ExerciseCard) -> Void) {
    guard var document else { return }
    for index in document.blocks.indices {
      if case .exercise(var exercise) = document.blocks[index], exercise.id == id {
        change(&exercise)
        document.blocks[index] = .exercise(exercise)
      }
    }
    self.document = document
  }

  /// Replaces the output block under code cell `cell` (inserting one if there is none).
  public mutating func setOutput(_ items: [OutputItem], ofCell cell: Int) {
    guard var document, let blockIndex = document.codeBlockIndices[safe: cell] else { return }
    let next = blockIndex + 1
    if next < document.blocks.count, case .output = document.blocks[next] {
      document.blocks[next] = .output(items)
    } else {
      document.blocks.insert(.output(items), at: next)
    }
    self.document = document
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension LessonPaneState {
  /// Whether an exercise's code is being checked now.
  public var isChecking: Bool {
    document?.blocks.contains { if case .exercise(let e) = $0 { e.isChecking } else { false } }
      ?? false
  }
}
