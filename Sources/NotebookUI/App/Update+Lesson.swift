/// `update` for the lesson pane's items: running cells (after their prediction), answering
/// quizzes in place, and the exercise flow (edit, check, hints, reset, solution).

/// Enter on the selected item: run a cell, answer a choice quiz, open a typed quiz's answer line.
func activateInLesson(_ state: inout AppState) -> [Effect] {
  guard let document = state.lesson.document, let (item, block) = state.lesson.selectedItem else {
    return []
  }
  switch item {
  case .cell(let cell):
    guard state.running == nil, case .code(let source) = document.blocks[block] else { return [] }
    if let quiz = pendingPrediction(ofCell: cell, in: document) {
      select(.quiz(quiz.id), in: &state)
      state.lesson.updateQuiz(quiz.id) { $0.input = TextFieldState() }
      state.revealSelection()
      state.notice = "Predict what this cell prints first: type it, then press Enter."
      return []
    }
    // Start from the cell in view; its output is then followed until the learner scrolls away.
    state.revealSelection()
    state.followOutput()
    state.running = .cell(cell)
    return [.runCell(lessonID: document.id, index: cell, source: source)]
  case .quiz(let id):
    guard let quiz = state.lesson.selectedQuiz else { return [] }
    if quiz.kind.isChoice {
      if quiz.kind == .multiple && quiz.checked.isEmpty {
        state.notice = "Tick the right choices with Space or their numbers, then press Enter."
        return []
      }
      return [.lesson(lessonID: document.id, .answer(quiz: id, input: quiz.pickedAnswer))]
    }
    let previous = quiz.status.isSolved ? nil : quiz.status.lastAnswer
    // The wrong answer comes back selected: typing replaces it, arrows or Backspace edit it.
    state.lesson.updateQuiz(id) { $0.input = TextFieldState(previous ?? "", isSelected: true) }
    state.revealSelection()
    return []
  case .exercise: return performInLesson(.edit, in: &state)
  }
}

/// `n`/`p`: select another item and remember it as the place to continue from.
func moveSelection(by step: Int, in state: inout AppState) -> [Effect] {
  let before = state.lesson.selection
  state.selectItem(by: step)
  guard state.lesson.selection != before, let id = state.lesson.document?.id,
    let (item, _) = state.lesson.selectedItem
  else { return [] }
  return [.lesson(lessonID: id, .select(item))]
}

/// A click on a laid-out line of the lesson: select the item it belongs to.
func selectItem(atLine line: Int, in state: inout AppState) -> [Effect] {
  let view = state.layout.content(of: .lesson)
  let layout = layoutDocument(state.lesson, width: view.width - 1, glyphs: state.glyphs)
  guard
    let index = layout.itemStarts.indices.first(where: {
      layout.span(ofItem: $0)?.contains(line) ?? false
    }),
    index != state.lesson.selection, let id = state.lesson.document?.id,
    let item = state.lesson.document?.items[safe: index]?.item
  else { return [] }
  state.lesson.selection = index
  return [.lesson(lessonID: id, .select(item))]
}

/// The quiz and exercise intents.
func performInLesson(_ intent: Intent, in state: inout AppState) -> [Effect] {
  guard let lessonID = state.lesson.document?.id else { return [] }
  if let quiz = state.lesson.selectedQuiz {
    switch intent {
    case .previousChoice, .nextChoice:
      let step = intent == .nextChoice ? 1 : -1
      state.lesson.updateQuiz(quiz.id) {
        $0.cursor = min(max(0, $0.cursor + step), max(0, $0.choices.count - 1))
      }
    case .toggleChoice: return pickChoice(quiz.cursor, in: &state)
    case .reveal: return [.lesson(lessonID: lessonID, .revealAnswer(quiz: quiz.id))]
    default: break
    }
    return []
  }
  guard let exercise = state.lesson.selectedExercise else { return [] }
  let id = exercise.id
  switch intent {
  case .edit:
    guard !exercise.isChecking else {
      state.notice = "Your code is being checked; wait a moment."
      return []
    }
    if state.hasExternalEditor {
      return [.editExercise(lessonID: lessonID, exerciseID: id, code: exercise.status.code)]
    }
    state.lesson.editor = CodeEditorState(
      exerciseID: id, title: exercise.title, code: exercise.status.code)
  case .check: return check(exercise.status.code, exerciseID: id, in: &state)
  case .hint: return [.lesson(lessonID: lessonID, .revealHint(exercise: id))]
  case .reset: state.confirmation = .resetExercise(id)
  case .reveal:
    if exercise.status.solution != nil {
      state.notice = "The reference solution is shown under your code."
    } else if exercise.canShowSolution {
      state.confirmation = .showSolution(id)
    } else {
      let attempts = exercise.status.failedAttempts
      state.notice =
        "The solution unlocks once you pass, or after \(ExerciseCard.attemptsBeforeSolution) "
        + "failed attempts (\(attempts) so far)."
    }
  default: break
  }
  return []
}

/// `y` to a question the status bar asked.
func confirmed(_ confirmation: Confirmation, in state: inout AppState) -> [Effect] {
  guard let lessonID = state.lesson.document?.id else {
    return confirmation == .quit ? [.interrupt, .quit] : []
  }
  switch confirmation {
  case .quit: return [.interrupt, .quit]
  case .resetExercise(let id): return [.lesson(lessonID: lessonID, .reset(exercise: id))]
  case .showSolution(let id): return [.lesson(lessonID: lessonID, .revealSolution(exercise: id))]
  }
}

/// The choice a number (`1`…`9`) or letter (`a`…) key picks in the selected quiz, if it has one.
func choiceIndex(for key: Key, in state: AppState) -> Int? {
  guard case .character(let character) = key, let quiz = state.lesson.selectedQuiz,
    let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1
  else { return nil }
  let value = Int(scalar.value)
  let index: Int
  switch value {
  case 49...57: index = value - 49  // 1 to 9
  case 97...122: index = value - 97  // a to z
  default: return nil
  }
  return index < quiz.choices.count ? index : nil
}

/// Highlights a choice; in a multiple-choice quiz also ticks or unticks it.
func pickChoice(_ index: Int, in state: inout AppState) -> [Effect] {
  guard let quiz = state.lesson.selectedQuiz else { return [] }
  state.lesson.updateQuiz(quiz.id) { quiz in
    quiz.cursor = index
    if quiz.kind == .multiple {
      if quiz.checked.contains(index) {
        quiz.checked.remove(index)
      } else {
        quiz.checked.insert(index)
      }
    }
  }
  return []
}

/// Keys while typing: into the quiz's answer line, or into the built-in editor.
func type(_ key: Key, in state: inout AppState) -> [Effect] {
  let context = state.keyContext
  let intent = state.keyMap.intent(for: key, in: .lesson, context: context)
  if intent == .toggleHelp {
    state.isHelpShown = true
    return []
  }
  if var editor = state.lesson.editor {
    switch intent {
    case .submit?, .cancel?:
      state.lesson.editor = nil
      return closeEditor(
        editor.area, exerciseID: editor.exerciseID, check: intent == .submit, in: &state)
    default:
      let height = max(1, (state.layout.panes[.lesson]?.height ?? 2) - 1)
      _ = editor.area.handle(key, viewHeight: height)
      state.lesson.editor = editor
      return []
    }
  }
  guard let quiz = state.lesson.selectedQuiz, var input = quiz.input,
    let lessonID = state.lesson.document?.id
  else { return [] }
  switch intent {
  case .submit?:
    guard !input.text.allSatisfy(\.isWhitespace) else {
      state.notice = "Type an answer first (Esc stops typing)."
      return []
    }
    state.lesson.updateQuiz(quiz.id) { $0.input = nil }
    return [.lesson(lessonID: lessonID, .answer(quiz: quiz.id, input: input.text))]
  case .cancel?:
    state.lesson.updateQuiz(quiz.id) { $0.input = nil }
  default:
    _ = input.handle(key)
    state.lesson.updateQuiz(quiz.id) { $0.input = input }
  }
  return []
}

/// Leaves the built-in editor: Ctrl-S checks the code, Esc keeps it as a draft.
///
/// An emptied editor never replaces the learner's code.
private func closeEditor(
  _ area: TextAreaState, exerciseID: String, check: Bool, in state: inout AppState
)
  -> [Effect]
{
  let code = area.text
  guard !code.allSatisfy(\.isWhitespace) else {
    state.notice = "The editor was empty, so your code was kept as it was."
    return []
  }
  if check { return checkEdited(code, exerciseID: exerciseID, in: &state) }
  guard area.isModified, let lessonID = state.lesson.document?.id else { return [] }
  state.lesson.updateExercise(exerciseID) { $0.status.code = code }
  state.notice = "Your code is saved; c checks it."
  return [.lesson(lessonID: lessonID, .save(exercise: exerciseID, code: code))]
}

/// The learner's editor closed: check changed code, explain anything else.
func exerciseEdited(
  _ outcome: EditOutcome, lessonID: String, exerciseID: String, in state: inout AppState
) -> [Effect] {
  guard state.lesson.document?.id == lessonID else { return [] }
  switch outcome {
  case .changed(let code): return checkEdited(code, exerciseID: exerciseID, in: &state)
  case .unchanged: state.notice = "No changes to your code; c checks it as it is."
  case .kept(let reason): state.notice = reason
  }
  return []
}

private func checkEdited(_ code: String, exerciseID: String, in state: inout AppState) -> [Effect] {
  state.lesson.updateExercise(exerciseID) { $0.status.code = code }
  return check(code, exerciseID: exerciseID, in: &state)
}

private func check(_ code: String, exerciseID: String, in state: inout AppState) -> [Effect] {
  guard let lessonID = state.lesson.document?.id else { return [] }
  state.lesson.updateExercise(exerciseID) { $0.isChecking = true }
  return [.lesson(lessonID: lessonID, .check(exercise: exerciseID, code: code))]
}

/// Copies the learner's standing into the open lesson's cards.
func applyStanding(
  _ standing: LessonStanding, after action: LessonAction?, notice: String?,
  in state: inout AppState
) {
  if let notice { state.notice = notice }
  guard state.lesson.document?.id == standing.lessonID else { return }
  for (id, status) in standing.quizzes {
    state.lesson.updateQuiz(id) { $0.status = status }
  }
  for (id, status) in standing.exercises {
    state.lesson.updateExercise(id) { $0.status = status }
  }
  if case .check(let id, _)? = action {
    state.lesson.updateExercise(id) { $0.isChecking = false }
  }
  // A settled prediction leads on to its cell: Enter now runs it and shows the real output.
  if case .answer(let id, _)? = action, let quiz = state.lesson.selectedQuiz, quiz.id == id,
    case .predict(let cell?) = quiz.kind, quiz.status.isSettled
  {
    select(.cell(cell), in: &state)
    state.revealSelection()
    if notice == nil { state.notice = "Now run the cell (Enter) and compare." }
    return
  }
  switch action {
  case .answer?, .revealAnswer?: state.revealSelection()
  case .check?, .revealHint?, .revealSolution?: state.revealSelection(showingEnd: true)
  default: break
  }
}

/// Selects where the learner left the lesson.
func restoreSelection(_ item: LessonItem, lessonID: String, in state: inout AppState) {
  guard state.lesson.document?.id == lessonID else { return }
  select(item, in: &state)
  state.revealSelection()
}

private func select(_ item: LessonItem, in state: inout AppState) {
  if let index = state.lesson.document?.items.firstIndex(where: { $0.item == item }) {
    state.lesson.selection = index
  }
}

/// The predict-the-output quiz about `cell` that is not settled yet, if any.
private func pendingPrediction(ofCell cell: Int, in document: Document) -> QuizCard? {
  for block in document.blocks {
    if case .quiz(let quiz) = block, quiz.kind == .predict(cell: cell), !quiz.status.isSettled {
      return quiz
    }
  }
  return nil
}
