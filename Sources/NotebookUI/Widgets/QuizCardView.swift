/// Lays out a quiz behind a gutter: its kind and question, the choices (the highlighted one
/// pointed at, ticks for a multiple-choice quiz) or the answer line being typed, then the
/// verdict on the last answer, the hint for that wrong answer and, once settled, the
/// explanation.
///
/// - Returns: the lines and, while the answer line is open, the caret (line, display column).
func quizLines(_ quiz: QuizCard, width: Int, isSelected: Bool, glyphs: Glyphs)
  -> (lines: [PaneLine], caret: (line: Int, column: Int)?)
{
  let gutter = PaneLine.Run(String(glyphs.verticalLine) + " ", isSelected ? .selection : .dim)
  let inner = max(1, width - 2)
  var lines: [PaneLine] = []
  var caret: (line: Int, column: Int)?
  func add(_ runs: [PaneLine.Run]) { lines.append(.text([gutter] + runs)) }
  func add(wrapping text: String, _ role: PaneLine.Role, indent: String = "") {
    for line in wrap(text, toWidth: max(1, inner - indent.count)) {
      add([PaneLine.Run(indent + line, role)])
    }
  }

  add([PaneLine.Run("Quiz", .heading), PaneLine.Run(" · " + kindText(quiz.kind), .dim)])
  add(wrapping: quiz.question, .text)
  if quiz.kind.isChoice {
    for (index, choice) in quiz.choices.enumerated() {
      let isCursor = isSelected && index == quiz.cursor
      var marker = (isCursor ? glyphs.pointer : " ") + " "
      if quiz.kind == .multiple { marker += quiz.checked.contains(index) ? "[x] " : "[ ] " }
      marker += "\(index + 1)) "
      let rest = String(repeating: " ", count: marker.count)
      for (row, line) in wrap(choice, toWidth: max(1, inner - marker.count)).enumerated() {
        add([PaneLine.Run((row == 0 ? marker : rest) + line, isCursor ? .selection : .text)])
      }
    }
  } else if let input = quiz.input {
    let prompt = "Answer: "
    caret = (lines.count, 2 + prompt.count + input.caretColumn)
    add([
      PaneLine.Run(prompt, .prompt),
      PaneLine.Run(input.text, input.isSelected ? .selection : .text),
    ])
  }
  let status = quiz.status
  if let verdict = status.verdict {
    let mark = status.isSolved ? glyphs.correct : glyphs.wrong
    let tries = status.attempts == 1 ? "1 try" : "\(status.attempts) tries"
    let answer = status.lastAnswer.map { " Your answer: " + oneLine($0) + "." } ?? ""
    add(wrapping: "\(mark) \(verdict)\(answer) (\(tries))", status.isSolved ? .done : .error)
  }
  if let hint = status.hint, !status.isSolved {
    add(wrapping: "Hint: " + hint, .text, indent: "  ")
  }
  if let answer = status.answer, !status.isSolved {
    add(wrapping: "The answer: " + answer, .text, indent: "  ")
  }
  if status.isSettled, let explanation = status.explanation {
    add(wrapping: explanation, .dim, indent: "  ")
  }
  return (lines, caret)
}

/// What the learner is asked to do, as the quiz's header says it.
private func kindText(_ kind: QuizCard.Kind) -> String {
  switch kind {
  case .single: return "pick one"
  case .multiple: return "pick all that apply"
  case .numeric: return "answer with a number"
  case .text: return "answer in a few words"
  case .predict: return "predict what the next cell prints, before running it"
  }
}

/// A typed answer on one line (a predicted output may span several).
private func oneLine(_ text: String) -> String {
  text.split(separator: "\n").joined(separator: " ⏎ ")
}
