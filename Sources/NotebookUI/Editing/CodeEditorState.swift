/// The built-in editor open on an exercise's code (when no `$VISUAL`/`$EDITOR` is set), the
/// caret on the first line of the learner's region (`# START CODE HERE`) when there is one.
public struct CodeEditorState: Sendable, Equatable {
  public var exerciseID: String
  /// The exercise's title, for the editor's header.
  public var title: String
  public var area: TextAreaState

  public init(exerciseID: String, title: String, code: String) {
    self.exerciseID = exerciseID
    self.title = title
    // The caret starts where the learner writes: the first line of the marked region.
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    let marker = lines.firstIndex { String($0).trimmingSpaces == "# START CODE HERE" }
    self.area = TextAreaState(code, caretLine: marker.map { $0 + 1 } ?? 0)
  }
}
