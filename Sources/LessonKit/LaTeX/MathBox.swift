/// A block of text lines with a baseline, for laying out display maths in two dimensions.
///
/// Every line has the same number of characters (`width`); one character is one column
/// (maths uses no wide characters, and combining accents stay inside their character).
struct MathBox: Equatable {
  var lines: [String]
  /// The index of the line that lines up with the surrounding text.
  var baseline: Int

  /// A one-line box.
  init(_ text: String) {
    lines = [text]
    baseline = 0
  }

  init(lines: [String], baseline: Int) {
    let width = lines.map(\.count).max() ?? 0
    self.lines = lines.map { $0 + String(repeating: " ", count: width - $0.count) }
    self.baseline = baseline
  }

  var width: Int { lines.first?.count ?? 0 }
  var height: Int { lines.count }
  /// Lines below the baseline.
  var descent: Int { height - baseline - 1 }

  /// The box padded to `width`, centred.
  func centred(in width: Int) -> MathBox {
    let left = (width - self.width) / 2
    let right = width - self.width - left
    return MathBox(
      lines: lines.map {
        String(repeating: " ", count: left) + $0 + String(repeating: " ", count: right)
      }, baseline: baseline)
  }

  /// Boxes side by side with `gaps[i]` spaces before box i, baselines aligned.
  static func horizontal(_ boxes: [MathBox], gaps: [Int]) -> MathBox {
    guard !boxes.isEmpty else { return MathBox("") }
    let ascent = boxes.map(\.baseline).max()!  // non-empty: checked
    let descent = boxes.map(\.descent).max()!
    var lines = Array(repeating: "", count: ascent + descent + 1)
    for (box, gap) in zip(boxes, gaps) {
      let top = ascent - box.baseline
      for row in lines.indices {
        let inside = row - top
        let text =
          inside >= 0 && inside < box.height
          ? box.lines[inside] : String(repeating: " ", count: box.width)
        lines[row] += String(repeating: " ", count: gap) + text
      }
    }
    return MathBox(lines: lines, baseline: ascent)
  }

  /// Boxes stacked top to bottom, each centred; the baseline is line `baseline` of the result.
  static func vertical(_ boxes: [MathBox], baseline: Int) -> MathBox {
    let width = boxes.map(\.width).max() ?? 0
    return MathBox(lines: boxes.flatMap { $0.centred(in: width).lines }, baseline: baseline)
  }
}
