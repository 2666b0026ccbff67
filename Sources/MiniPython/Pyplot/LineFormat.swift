import TextPlot

/// A matplotlib format string such as `'r-'`, `'bo'`, `'g--'`, `'k.'` or `'C1:'`: an optional
/// colour, marker and line style in any order.
///
/// TextPlot draws every line solid in braille and every marker as a dot glyph, so the line style
/// and the marker shape only decide *whether* a line and markers are drawn: `'b--'` is a solid
/// blue line, `'ro'` red points without a line, `'g-o'` a green line with points.
struct LineFormat: Equatable {
  enum LineStyle: String, Equatable { case solid = "-", dashed = "--", dashDot = "-.", dotted = ":" }

  var color: TextColor?
  var marker: Character?
  var lineStyle: LineStyle?

  /// The markers matplotlib accepts in a format string.
  static let markers: Set<Character> = Set(".,ov^<>1234sp*hH+xDd|_P8X")
  static let colorLetters: Set<Character> = Set("bgrcmykw")

  /// Whether to draw a line: a line style was given, or no marker was.
  var drawsLine: Bool { lineStyle != nil || marker == nil }

  /// Parses a format string the way matplotlib's `_process_plot_format` does.
  ///
  /// - Throws: `ValueError: 'q' is not a valid format string (unrecognized character 'q')`.
  static func parse(_ text: String) throws(PyException) -> LineFormat {
    var format = LineFormat()
    // A whole colour name ('red', 'tab:blue', 'C1', '#ff0000') is a colour and nothing else.
    if let color = TextColor(matplotlibName: text) {
      format.color = color
      return format
    }
    let characters = Array(text)
    var i = 0
    func fail(_ message: String) -> PyException {
      PyException(
        .valueError, "'\(text)' is not a valid format string (\(message))",
        help: "a format string combines a colour (b g r c m y k w), a marker (. o x + * s ^ v D) and a line style (- -- -. :), e.g. 'r-', 'bo', 'g--'")
    }
    while i < characters.count {
      let c = characters[i]
      let next = i + 1 < characters.count ? characters[i + 1] : nil
      if c == "-" && (next == "-" || next == ".") {
        guard format.lineStyle == nil else { throw fail("two linestyle symbols") }
        format.lineStyle = next == "-" ? .dashed : .dashDot
        i += 2
      } else if c == "-" || c == ":" {
        guard format.lineStyle == nil else { throw fail("two linestyle symbols") }
        format.lineStyle = c == "-" ? .solid : .dotted
        i += 1
      } else if c == "C", let next, next.isNumber {
        guard format.color == nil else { throw fail("two color symbols") }
        format.color = TextColor(matplotlibName: "C\(next)")
        i += 2
      } else if markers.contains(c) {
        guard format.marker == nil else { throw fail("two marker symbols") }
        format.marker = c
        i += 1
      } else if colorLetters.contains(c) {
        guard format.color == nil else { throw fail("two color symbols") }
        format.color = TextColor(matplotlibName: String(c))
        i += 1
      } else {
        throw fail("unrecognized character '\(c)'")
      }
    }
    return format
  }
}
