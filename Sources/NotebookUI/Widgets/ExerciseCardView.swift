/// Lays out an exercise behind a gutter: title, task, the learner's code, a status line (not
/// checked, checking, solved, failed attempts, whether the solution is available), the last
/// check report, the hints revealed so far and, once asked for, the reference solution.
func exerciseLines(_ exercise: ExerciseCard, width: Int, isSelected: Bool, glyphs: Glyphs)
  -> [PaneLine]
{
  let gutter = PaneLine.Run(String(glyphs.verticalLine) + " ", isSelected ? .selection : .dim)
  let inner = max(1, width - 2)
  var lines: [PaneLine] = []
  func add(_ runs: [PaneLine.Run]) { lines.append(.text([gutter] + runs)) }
  func add(wrapping text: String, _ role: PaneLine.Role, indent: String = "") {
    for line in wrap(text, toWidth: max(1, inner - indent.count)) {
      add([PaneLine.Run(indent + line, role)])
    }
  }
  func addCode(_ code: String) {
    for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
      add([PaneLine.Run("  " + line, .code)])
    }
  }

  add([PaneLine.Run("Exercise", .heading), PaneLine.Run(" · " + exercise.title, .text)])
  for paragraph in exercise.task.split(separator: "\n\n") {
    add(wrapping: paragraph.split(separator: "\n").joined(separator: " "), .text)
  }
  add([])
  let status = exercise.status
  addCode(status.code)
  add([])
  add(wrapping: statusText(exercise, glyphs: glyphs), statusRole(exercise))
  for line in status.report {
    let role: PaneLine.Role =
      line.hasPrefix("✓") ? .done : line.hasPrefix("✗") ? .error : .text
    var text = line
    if line.hasPrefix("✓") { text = glyphs.correct + line.dropFirst() }
    if line.hasPrefix("✗") { text = glyphs.wrong + line.dropFirst() }
    let indent = String(text.prefix { $0 == " " })
    add(wrapping: String(text.dropFirst(indent.count)), role, indent: indent + "  ")
  }
  for (index, hint) in status.hints.enumerated() {
    add(wrapping: "Hint \(index + 1) of \(status.hintCount): " + hint, .text)
  }
  if let solution = status.solution {
    add([PaneLine.Run("The reference solution:", .heading)])
    addCode(solution)
  }
  return lines
}

private func statusText(_ exercise: ExerciseCard, glyphs: Glyphs) -> String {
  let status = exercise.status
  if exercise.isChecking { return "Checking your code…" }
  var text: String
  if status.isSolved {
    text = glyphs.correct + " Solved"
  } else if status.failedAttempts > 0 {
    let attempts =
      status.failedAttempts == 1 ? "1 failed attempt" : "\(status.failedAttempts) failed attempts"
    text = glyphs.wrong + " Not solved yet: " + attempts
  } else {
    text = "Not checked yet: e edits your code, c checks it"
  }
  let hintsLeft = status.hintCount - status.hints.count
  if !status.isSolved && hintsLeft > 0 {
    text += hintsLeft == 1 ? "; 1 hint left (h)" : "; \(hintsLeft) hints left (h)"
  }
  if exercise.canShowSolution && status.solution == nil {
    text += "; s shows the reference solution"
  }
  return text + "."
}

private func statusRole(_ exercise: ExerciseCard) -> PaneLine.Role {
  if exercise.isChecking { return .dim }
  if exercise.status.isSolved { return .done }
  return exercise.status.failedAttempts > 0 ? .error : .dim
}
