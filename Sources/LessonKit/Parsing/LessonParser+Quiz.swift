extension LessonParser {
  static let quizFields: Set<String> = [
    "id", "kind", "question", "explanation", "answer", "accept", "tolerance", "cell",
  ]
  static let quizSections: Set<String> = ["question", "explanation"]

  /// Builds a quiz from its block body.
  ///
  /// ```
  /// id: sigmoid-range
  /// kind: single
  /// question: What values can σ(z) take?
  /// - [x] (0, 1)
  /// - [ ] [0, 1]
  ///   hint: σ(z) never reaches 0 or 1 exactly.
  /// explanation: e^(-z) > 0, so 1/(1 + e^(-z)) lies strictly between 0 and 1.
  /// ```
  mutating func parseQuiz(_ body: BlockBody, line: Int) throws(LessonFormatError) -> Quiz {
    for field in body.fields where !field.key.hasPrefix("hint for ") {
      guard LessonParser.quizFields.contains(field.key) else {
        throw .unknownField(field.key, block: "a quiz", location(field.line))
      }
    }
    for section in body.sections where !LessonParser.quizSections.contains(section.name) {
      throw .unknownSection(section.name, block: "a quiz", location(section.line))
    }
    guard let idField = body.value("id"), !idField.value.isEmpty else {
      throw .missingField("id", block: "a quiz", location(line))
    }
    let id = idField.value
    try declare(id, line: line)
    guard let kindName = body.value("kind")?.value else {
      throw .missingField("kind", block: "quiz '\(id)'", location(line))
    }
    guard let question = body.text("question"), !question.isEmpty else {
      throw .missingField("question", block: "quiz '\(id)'", location(line))
    }
    let hints = body.fields.filter { $0.key.hasPrefix("hint for ") }.map {
      Quiz.WrongAnswerHint(answer: String($0.key.dropFirst(9)), feedback: $0.value)
    }
    let kind: Quiz.Kind
    switch kindName {
    case "single", "multiple":
      let choices = body.choices.map {
        Quiz.Choice(text: $0.text, isCorrect: $0.isCorrect, hint: $0.hint)
      }
      let correct = choices.filter(\.isCorrect).count
      guard correct > 0 else { throw .missingAnswer(id, location(line)) }
      if kindName == "single", correct > 1 {
        throw .ambiguousAnswer(id, count: correct, location(line))
      }
      kind = kindName == "single" ? .single(choices) : .multiple(choices)
    case "numeric":
      guard let answer = body.value("answer") else { throw .missingAnswer(id, location(line)) }
      guard let number = Double(answer.value) else {
        throw .badNumber(field: "answer", text: answer.value, location(answer.line))
      }
      var tolerance = NumericTolerance.absolute(1e-9)
      if let field = body.value("tolerance") {
        tolerance = try LessonParser.tolerance(field.value, at: location(field.line))
      }
      kind = .numeric(answer: number, tolerance: tolerance)
    case "text":
      guard let answer = body.value("answer"), !answer.value.isEmpty else {
        throw .missingAnswer(id, location(line))
      }
      let variants = body.fields.filter { $0.key == "accept" }.map(\.value)
      kind = .text(accepted: [answer.value] + variants)
    case "predict":
      guard let cell = body.value("cell")?.value, !cell.isEmpty else {
        throw .missingField("cell", block: "quiz '\(id)'", location(line))
      }
      if let answer = body.value("answer") {
        kind = .predict(cell: cell, expected: answer.value)
      } else {
        kind = .predict(cell: cell, expected: "")
        pendingPredictions.append((blocks.count, cell, line))
      }
    default:
      throw .unknownQuizKind(kindName, location(body.value("kind")!.line))  // read above
    }
    return Quiz(
      id: id, kind: kind, question: question, explanation: body.text("explanation") ?? "",
      wrongAnswerHints: hints, line: line)
  }

  /// `0.01` (absolute) or `1%` (relative); never negative.
  static func tolerance(_ text: String, at location: LessonLocation) throws(LessonFormatError)
    -> NumericTolerance
  {
    if text.hasSuffix("%"), let percent = Double(text.dropLast()), percent >= 0 {
      return .relative(percent / 100)
    }
    guard let bound = Double(text), bound >= 0, bound.isFinite else {
      throw .badTolerance(text, location)
    }
    return .absolute(bound)
  }

  /// Fills predict quizzes with their cell's recorded output.
  mutating func resolvePredictions() throws(LessonFormatError) {
    for pending in pendingPredictions {
      guard
        let cell = blocks.lazy.compactMap({ block -> PythonCell? in
          if case .cell(let cell) = block.kind, cell.id == pending.cell { cell } else { nil }
        }).first
      else {
        throw .unknownCell(pending.cell, location(pending.line))
      }
      guard let output = cell.expectedOutput else {
        throw .missingOutput(pending.cell, location(pending.line))
      }
      guard case .quiz(var quiz) = blocks[pending.blockIndex].kind else { continue }
      quiz.kind = .predict(cell: pending.cell, expected: output)
      blocks[pending.blockIndex].kind = .quiz(quiz)
    }
    for block in blocks {
      if case .quiz(let quiz) = block.kind, case .predict(let cell, _) = quiz.kind,
        !blocks.contains(where: { if case .cell(let c) = $0.kind { c.id == cell } else { false } })
      {
        throw .unknownCell(cell, location(block.line))
      }
    }
  }
}
