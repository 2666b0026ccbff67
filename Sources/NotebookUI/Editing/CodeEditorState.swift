/// The built-in editor open on an exercise's code (when no `$VISUAL`/`$EDITOR` is set).
public struct CodeEditorState: Sendable, Equatable {
  public var exerciseID: String
  /// The exercise's title, for the editor's header.
  public var title: String
  public var area: TextAreaState

  public init(exerciseID: String, title: String, code: String) {
    self.exerciseID = exerciseID
    self.title = title
    self.area = TextAreaState(code)
  }
}
