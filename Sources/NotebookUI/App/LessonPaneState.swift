/// The lesson pane's state: the open document, its scroll position and the selected code cell.
public struct LessonPaneState: Sendable, Equatable {
  public var document: Document?
  /// The first visible laid-out line.
  public var scroll: Int
  /// The selected code cell (0 is the first code block), if the lesson has any.
  public var selectedCell: Int?

  public init(document: Document? = nil) {
    self.document = document
    self.scroll = 0
    self.selectedCell = document.flatMap { $0.codeBlockIndices.isEmpty ? nil : 0 }
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
