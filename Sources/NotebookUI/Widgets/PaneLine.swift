import TextPlot

/// One laid-out row of a scrolling pane: styled text runs, or one row of a figure.
public enum PaneLine: Sendable, Equatable {
  /// The style roles of `Theme` a run can take.
  public enum Role: Sendable, Equatable {
    case text, dim, heading, code, error, prompt, selection, done
  }

  case text([Run])
  /// Row `row` (from 0) of a figure `width` columns wide.
  case figure(FigureView, row: Int)

  /// A run of text in one role.
  public struct Run: Sendable, Equatable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .text) {
      self.text = text
      self.role = role
    }
  }

  /// A line of one run.
  public static func plain(_ text: String, _ role: Role = .text) -> PaneLine {
    .text([Run(text, role)])
  }

  /// The lines for output items: text wrapped by display width, each figure the rows it uses
  /// at that width (`FigureView.height(forWidth:)`).
  public static func lines(for items: [OutputItem], width: Int) -> [PaneLine] {
    var lines: [PaneLine] = []
    for item in items {
      switch item {
      case .text(let text):
        lines += wrap(text.hasSuffix("\n") ? String(text.dropLast()) : text, toWidth: width).map {
          .plain($0)
        }
      case .error(let text):
        lines += wrap(text, toWidth: width).map { .plain($0, .error) }
      case .figure(let figure):
        lines += (0..<figure.height(forWidth: width)).map { .figure(figure, row: $0) }
      }
    }
    return lines
  }
}

/// Draws `lines` starting at line `top` into `rect`, one line per row.
///
/// Each figure is drawn at the rectangle's width (once, then from its cache) and its rows copied
/// as they come into view.
public func render(
  _ lines: [PaneLine], from top: Int, in rect: Rect, on screen: inout Screen, theme: Theme
) {
  var copiedFigureRows = Set<Int>()
  for row in 0..<rect.height {
    guard let line = lines[safe: top + row] else { break }
    switch line {
    case .text(let runs):
      var column = 0
      for run in runs {
        column =
          screen.put(
            run.text, in: rect, row: row, column: column, style: theme.style(for: run.role))
          - rect.column
      }
    case .figure(let figure, let figureRow):
      // Copy the figure's rows that are visible here in one go, then skip past them.
      guard !copiedFigureRows.contains(top + row) else { continue }
      let grid = figure.grid(width: rect.width, mode: theme.colorMode)
      let visible = min(grid.height - figureRow, rect.height - row)
      guard visible > 0 else { continue }
      var part = CellGrid(width: grid.width, height: visible)
      part.blit(grid, at: GridPoint(column: 0, row: -figureRow))
      screen.blit(
        part, in: Rect(column: rect.column, row: rect.row + row, width: rect.width, height: visible)
      )
      copiedFigureRows.formUnion((top + row)..<(top + row + visible))
    }
  }
}

extension Theme {
  /// The style of a role.
  public func style(for role: PaneLine.Role) -> TextStyle {
    switch role {
    case .text: return text
    case .dim: return dim
    case .heading: return heading
    case .code: return code
    case .error: return error
    case .prompt: return prompt
    case .selection: return selection
    case .done: return done
    }
  }
}
