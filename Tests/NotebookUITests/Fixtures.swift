import NotebookUI
import TextPlot

/// Lessons, a document and a figure shared by the update, render and runtime tests.
enum Fixtures {
  static let lessons = [
    TreeItem(id: nil, title: "1 Neural networks"),
    TreeItem(id: "logistic", title: "Logistic regression", depth: 1, mark: .done),
    TreeItem(id: "shallow", title: "A shallow network", depth: 1, mark: .started),
    TreeItem(id: nil, title: "2 Improving networks"),
    TreeItem(id: "init", title: "Initialisation", depth: 1),
  ]

  static let document = Document(
    id: "logistic", title: "Logistic regression",
    blocks: [
      .heading("The sigmoid"),
      .paragraph("Logistic regression computes ŷ = σ(wᵀx + b) for every example."),
      .code("x = 3\nprint(x * 2)"),
      .paragraph("Now plot it."),
      .code("plt.plot(losses)"),
    ])

  static let cjkDocument = Document(
    id: "cjk", title: "深度学习",
    blocks: [.heading("损失函数"), .paragraph("中文的文字会按显示宽度换行，不会越界。"), .code("print('你好')")])

  /// A 3-row figure that draws a diagonal of `*` and its size, so tests see where it lands.
  static let figure = FigureView(summary: "diagonal", height: 3) { width, height, _ in
    var grid = CellGrid(width: width, height: height)
    for row in 0..<height { grid.put("*", at: GridPoint(column: row, row: row)) }
    grid.put("\(width)x\(height)", at: GridPoint(column: 4, row: 0))
    return grid
  }

  /// A state at a size with the fixture lessons and the given theme (monochrome by default, so
  /// colours never matter to a literal screen).
  static func state(width: Int, height: Int, theme: Theme = .monochrome, glyphs: Glyphs = .unicode)
    -> AppState
  {
    AppState(width: width, height: height, lessons: lessons, theme: theme, glyphs: glyphs)
  }

  /// Applies events in order and collects every effect.
  static func apply(_ events: [Event], to state: inout AppState) -> [Effect] {
    events.flatMap { update(&state, with: $0) }
  }

  static func screen(_ state: AppState) -> Screen {
    var screen = Screen(width: 0, height: 0)
    render(state, into: &screen)
    return screen
  }
}
