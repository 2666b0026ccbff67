/// One row of the lesson browser: a course (depth 0) or a lesson inside it, with a progress mark.
public struct TreeItem: Sendable, Equatable {
  /// Progress marks, drawn `✓`/`•`/` ` (or `[x]`/`[-]`/`[ ]` with `--ascii`).
  public enum Mark: Sendable, Equatable {
    case none, started, done
  }

  /// The lesson id to open; a course row has none.
  public var id: String?
  public var title: String
  public var depth: Int
  public var mark: Mark
  /// What `/` searches besides the title (the lesson's text), lowercased.
  public var searchText: String

  public init(
    id: String?, title: String, depth: Int = 0, mark: Mark = .none, searchText: String = ""
  ) {
    self.id = id
    self.title = title
    self.depth = depth
    self.mark = mark
    self.searchText = searchText.lowercased()
  }
}
