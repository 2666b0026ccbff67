/// Fitting text into a number of columns, by display width.
enum TextFitting {
  /// `text` cut to at most `width` columns, ending in an ellipsis (`…`, or `.` in ASCII) when cut.
  static func truncate(_ text: String, toWidth width: Int, isASCIIOnly: Bool = false) -> String {
    guard width > 0 else { return "" }
    if displayWidth(text) <= width { return text }
    let ellipsis = isASCIIOnly ? "." : "…"
    var result = ""
    var used = 0
    for character in text {
      let w = displayWidth(character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + ellipsis
  }

  /// The column at which text of `textWidth` starts when centred in `width` columns from `start`.
  static func centred(textWidth: Int, in width: Int, from start: Int) -> Int {
    start + max(0, (width - textWidth) / 2)
  }
}

extension CellGrid {
  /// The grid a plot answers with when `width x height` is below its `minimum`: one line
  /// saying so, "need 20x6 for plot" (cut to the width), the rest blank.
  static func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> CellGrid {
    var grid = CellGrid(width: max(0, width), height: max(0, height))
    let message = "need \(minimumWidth)x\(minimumHeight) for plot"
    grid.put(TextFitting.truncate(message, toWidth: width, isASCIIOnly: true), at: .origin)
    return grid
  }
}
