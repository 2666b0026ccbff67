import TextPlot

/// Renders lessons as plain text for `backprop show` and the line mode: no colour, no cursor
/// control, wrapped to a width, maths as Unicode.
public enum LessonRenderer {
  /// The whole lesson as lines of at most `width` columns (code lines are never wrapped).
  public static func plainText(_ lesson: Lesson, width: Int = 80) -> [String] {
    let width = max(width, 20)
    var lines = [
      lesson.header.title,
      String(repeating: "═", count: min(displayWidth(lesson.header.title), width)),
    ]
    let placement = lesson.header.placement
    lines.append("lesson \(lesson.id)" + (placement.isEmpty ? "" : " · \(placement)"))
    for index in lesson.blocks.indices {
      lines.append("")
      lines += block(index, of: lesson, width: width)
    }
    return lines
  }

  /// One block as lines of at most `width` columns.
  public static func block(_ index: Int, of lesson: Lesson, width: Int = 80) -> [String] {
    switch lesson.blocks[index].kind {
    case .heading(let level, let text):
      let plain = InlineText.plain(text)
      guard level <= 2 else { return ["▸ " + plain] }
      return [
        plain, String(repeating: level == 1 ? "━" : "─", count: min(displayWidth(plain), width)),
      ]
    case .paragraph(let text):
      return TextWrap.lines(InlineText.plain(text), width: width)
    case .list(let ordered, let items):
      return items.enumerated().flatMap { offset, item in
        let marker = ordered ? "\(offset + 1). " : "• "
        return TextWrap.lines(
          InlineText.plain(item), width: width, first: marker,
          rest: String(repeating: " ", count: marker.count))
      }
    case .table(let header, let rows):
      return table(header: header, rows: rows)
    case .quote(let text):
      return TextWrap.lines(InlineText.plain(text), width: width, first: "│ ", rest: "│ ")
    case .math(let tex):
      return LaTeXRenderer.display(tex).lines.map { "    " + $0 }
    case .code(_, let text):
      return indented(text)
    case .cell(let cell):
      var lines = [cell.id.map { "python (\($0)):" } ?? "python:"] + indented(cell.source)
      if let output = cell.expectedOutput {
        lines += ["output:"] + indented(output)
      }
      return lines
    case .quiz(let quiz):
      return quizLines(quiz, width: width)
    case .exercise(let exercise):
      return exerciseLines(exercise, width: width)
    }
  }

  static func indented(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.isEmpty ? "" : "    " + $0
    }
  }

  static func table(header: [String], rows: [[String]]) -> [String] {
    let cells = ([header] + rows).map { $0.map(InlineText.plain) }
    let columns = cells.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      cells.map { column < $0.count ? displayWidth($0[column]) : 0 }.max() ?? 0
    }
    func line(_ row: [String]) -> String {
      let padded = (0..<columns).map { TextWrap.pad($0 < row.count ? row[$0] : "", to: widths[$0]) }
      let text = padded.joined(separator: " │ ")
      return String(text.reversed().drop { $0 == " " }.reversed())
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
    return [line(cells[0]), rule] + cells.dropFirst().map(line)
  }

  static func quizLines(_ quiz: Quiz, width: Int) -> [String] {
    let kind: String
    var lines: [String] = []
    switch quiz.kind {
    case .single(let choices), .multiple(let choices):
      if case .single = quiz.kind { kind = "pick one" } else { kind = "pick all that apply" }
      for (offset, choice) in choices.enumerated() {
        lines += TextWrap.lines(
          InlineText.plain(choice.text), width: width, first: "  \(offset + 1)) ", rest: "     ")
      }
    case .numeric: kind = "answer with a number"
    case .text: kind = "answer in a few words"
    case .predict(let cell, _): kind = "predict what cell \(cell) prints"
    }
    let title = TextWrap.lines(
      InlineText.plain(quiz.question), width: width, first: "Quiz (\(kind)): ", rest: "  ")
    return title + lines
  }

  static func exerciseLines(_ exercise: Exercise, width: Int) -> [String] {
    var lines = ["Exercise \(exercise.id): \(InlineText.plain(exercise.title))"]
    for paragraph in exercise.task.split(separator: "\n\n") {
      lines += TextWrap.lines(
        InlineText.plain(paragraph.split(separator: "\n").joined(separator: " ")), width: width)
    }
    lines += ["starter:"] + indented(exercise.starter)
    let hints = exercise.hints.count == 1 ? "1 hint" : "\(exercise.hints.count) hints"
    let checks = exercise.checks.count == 1 ? "1 check" : "\(exercise.checks.count) checks"
    lines.append("(\(hints), \(checks))")
    return lines
  }
}
