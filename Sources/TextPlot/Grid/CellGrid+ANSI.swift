/// Writing a grid as text with ANSI escape codes (SGR), for stdout and logs.
extension CellGrid {
  /// The rows with SGR escape codes for colours and attributes, brought down to `mode`.
  ///
  /// A code is written only where the style changes, each as a full reset plus the new style
  /// (`ESC[0;1;38;5;208m`), and a row that ends styled ends with `ESC[0m`, so rows can be
  /// printed separately. Monochrome keeps attributes (bold, reverse, ...) and drops colours.
  public func ansiLines(mode: ColorMode) -> [String] {
    (0..<height).map { row in
      var line = ""
      var current = TextStyle.plain
      var lastRaw = TextStyle.plain
      var lastDowngraded = TextStyle.plain
      for cell in cells[row * width..<(row + 1) * width] where !cell.isContinuation {
        // Neighbouring cells mostly share a style: downgrade each distinct run once.
        if cell.style != lastRaw {
          lastRaw = cell.style
          lastDowngraded = cell.style.downgraded(to: mode.depth)
        }
        let style = lastDowngraded
        if style != current {
          line += CellGrid.escapeCode(for: style)
          current = style
        }
        line.append(cell.character)
      }
      if current != .plain { line += "\u{1B}[0m" }
      return line
    }
  }

  /// The SGR sequence that resets and then sets `style`.
  static func escapeCode(for style: TextStyle) -> String {
    var parameters = ["0"]
    if style.isBold { parameters.append("1") }
    if style.isDim { parameters.append("2") }
    if style.isItalic { parameters.append("3") }
    if style.isUnderlined { parameters.append("4") }
    if style.isReversed { parameters.append("7") }
    if let code = colorParameters(style.foreground, base: 30) { parameters.append(code) }
    if let code = colorParameters(style.background, base: 40) { parameters.append(code) }
    return "\u{1B}[" + parameters.joined(separator: ";") + "m"
  }

  /// SGR parameters for a colour: `base` is 30 for foreground, 40 for background.
  private static func colorParameters(_ color: TextColor, base: Int) -> String? {
    switch color {
    case .default: return nil
    case .ansi(let index):
      return index < 8 ? "\(base + Int(index))" : "\(base + 60 + Int(index & 15) - 8)"
    case .indexed(let index): return "\(base + 8);5;\(index)"
    case .rgb(let r, let g, let b): return "\(base + 8);2;\(r);\(g);\(b)"
    }
  }
}
