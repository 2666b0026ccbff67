/// Changes the state in response to one event and returns the effects to perform.
///
/// Pure: it never touches the terminal, the line editor or the interpreter; the `Runtime`
/// performs the returned effects, whose results come back as events.
public func update(_ state: inout AppState, with event: Event) -> [Effect] {
  switch event {
  case .key(let key): return handle(key, in: &state)
  case .mouse(let mouse): return handle(mouse, in: &state)
  case .resize(let width, let height):
    state.width = max(0, width)
    state.height = max(0, height)
    state.clampScrolling()
    return []
  case .tick: return []
  case .terminationRequested: return [.quit]
  case .lineEdited(let editor):
    state.transcript.editor = editor
    return []
  case .lineSubmitted(let line): return submit(line, in: &state)
  case .endOfInput: return requestQuit(&state)
  case .needsMoreInput:
    state.running = nil
    return setPrompt(in: &state)
  case .output(let items, let isFinished): return receive(items, isFinished: isFinished, in: &state)
  case .lessonReloaded(let document):
    state.reload(document)
    return []
  case .lessonsListed(let items):
    let selected = state.browser.selectedItem
    let selection =
      items.firstIndex { $0.id == selected?.id && $0.title == selected?.title }
      ?? state.browser.selection
    state.browser = TreeListState(items: items, selection: selection)
    state.clampScrolling()
    return []
  case .lessonOpened(let document):
    state.lesson = LessonPaneState(document: document)
    state.focus = .lesson
    return []
  case .lessonUpdated(let standing, let action, let notice):
    applyStanding(standing, after: action, notice: notice, in: &state)
    return []
  case .selectionRestored(let lessonID, let item):
    restoreSelection(item, lessonID: lessonID, in: &state)
    return []
  case .exerciseEdited(let lessonID, let exerciseID, let outcome):
    return exerciseEdited(outcome, lessonID: lessonID, exerciseID: exerciseID, in: &state)
  case .notice(let text):
    state.notice = text
    return []
  }
}

private func handle(_ key: Key, in state: inout AppState) -> [Effect] {
  if let confirmation = state.confirmation {
    state.confirmation = nil
    return key == .character("y") ? confirmed(confirmation, in: &state) : []
  }
  state.notice = nil
  if state.isHelpShown { return helpKey(key, in: &state) }
  if state.focus == .browser && state.browser.query != nil { return search(key, in: &state) }
  var selected: [Effect] = []
  if state.focus == .lesson, [.enter, .character("n"), .character("p")].contains(key),
    state.selectVisibleItem(orBelow: key == .character("n")), let id = state.lesson.document?.id,
    let (item, _) = state.lesson.selectedItem
  {
    // The selection had scrolled out of view: these keys act on what the learner sees.
    selected = [.lesson(lessonID: id, .select(item))]
    if key != .enter { return selected }
  }
  let context = state.keyContext
  if context == .codeEditor || context == .answerLine { return type(key, in: &state) }
  if context == .choiceQuiz, let choice = choiceIndex(for: key, in: state) {
    return pickChoice(choice, in: &state)
  }
  guard let intent = state.keyMap.intent(for: key, in: state.focus, context: context) else {
    return state.focus == .repl ? [.editLine(key)] : []
  }
  return selected + perform(intent, in: &state)
}

/// Keys while the help overlay is open: arrows and pages scroll it, the closing keys close it.
private func helpKey(_ key: Key, in state: inout AppState) -> [Effect] {
  switch key {
  case .character("?"), .escape, .character("q"), .function(1), .enter:
    state.isHelpShown = false
    state.helpScroll = 0
  case .down, .character("j"): state.helpScroll += 1
  case .up, .character("k"): state.helpScroll -= 1
  case .pageDown, .character(" "): state.helpScroll += max(1, state.height - 6)
  case .pageUp: state.helpScroll -= max(1, state.height - 6)
  default: break
  }
  state.helpScroll = min(max(0, state.helpScroll), helpMaximumScroll(state))
  return []
}

private func perform(_ intent: Intent, in state: inout AppState) -> [Effect] {
  let page = max(1, state.layout.content(of: state.focus).height - 1)
  switch intent {
  case .quit: return requestQuit(&state)
  case .toggleHelp:
    state.isHelpShown.toggle()
    state.helpScroll = 0
  case .nextPane: state.focus = cycle(state.focus, by: 1)
  case .previousPane: state.focus = cycle(state.focus, by: -1)
  case .focus(let pane): state.focus = pane
  case .up: state.scroll(by: -1)
  case .down: state.scroll(by: 1)
  case .pageUp: state.scroll(by: -page)
  case .pageDown: state.scroll(by: page)
  case .top: state.scroll(by: Int.min / 2)
  case .bottom: state.scroll(by: Int.max / 2)
  case .activate: return activate(&state)
  case .search: state.browser.beginSearch()
  case .toggleMaximized:
    state.isLessonMaximized.toggle()
    state.clampScrolling()
  case .nextCell: return moveSelection(by: 1, in: &state)
  case .previousCell: return moveSelection(by: -1, in: &state)
  case .interrupt:
    if state.running != nil { return [.interrupt] }
    if state.focus == .repl {
      state.transcript.pendingLines = []
      return [.cancelLine] + setPrompt(in: &state)
    }
  case .previousChoice, .nextChoice, .toggleChoice, .pickChoice, .reveal, .edit, .check, .hint,
    .reset, .submit, .cancel:
    return performInLesson(intent, in: &state)
  }
  return []
}

/// Keys while searching the browser: typing refines, Tab jumps to the next match, Enter opens
/// the selected lesson, Esc goes back to where the search started.
private func search(_ key: Key, in state: inout AppState) -> [Effect] {
  let height = state.layout.content(of: .browser).height
  let query = state.browser.query ?? ""
  switch key {
  case .character(let character):
    state.browser.search(query + String(character), viewHeight: height)
  case .backspace: state.browser.search(String(query.dropLast()), viewHeight: height)
  case .tab, .down: state.browser.nextMatch(viewHeight: height)
  case .escape, .control("c"): state.browser.endSearch(restoring: true, viewHeight: height)
  case .enter:
    state.browser.endSearch(restoring: false, viewHeight: height)
    return activate(&state)
  default: break
  }
  return []
}

private func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
  guard !state.isHelpShown, !state.isTooSmall,
    let (pane, rect) = state.layout.panes.first(where: {
      $0.value.contains(column: mouse.column, row: mouse.row)
    })
  else { return [] }
  switch mouse.action {
  case .wheelUp: state.scroll(pane, by: -3)
  case .wheelDown: state.scroll(pane, by: 3)
  case .press:
    state.focus = pane
    let row = mouse.row - rect.row - 1
    if pane == .browser && row >= 0 && state.browser.scroll + row < state.browser.items.count {
      state.browser.selection = state.browser.scroll + row
    }
    if pane == .lesson && row >= 0 && state.lesson.editor == nil {
      return selectItem(atLine: state.lesson.scroll + row, in: &state)
    }
  }
  return []
}

private func activate(_ state: inout AppState) -> [Effect] {
  switch state.focus {
  case .browser:
    // On a section heading, Enter opens the section's first lesson.
    let items = state.browser.items
    guard let index = items.indices.first(where: { $0 >= state.browser.selection && items[$0].id != nil }),
      let id = items[index].id
    else { return [] }
    state.browser.selection = index
    return [.openLesson(id: id)]
  case .lesson: return activateInLesson(&state)
  case .repl: return []
  }
}

private func submit(_ line: String, in state: inout AppState) -> [Effect] {
  state.transcript.entries.append(.input(prompt: state.transcript.prompt, text: line))
  state.transcript.scrollBack = 0
  if state.running != nil {
    state.transcript.entries.append(
      .output(.error("Still running: press Ctrl-C to stop it first.")))
    return []
  }
  // As in Python's REPL: a first line may be complete on its own; once a block is open, lines
  // are collected until a blank line ends it.
  let isBlank = line.trimmingSpaces.isEmpty
  let isBlockOpen = !state.transcript.pendingLines.isEmpty
  if isBlank && !isBlockOpen { return [] }
  if isBlockOpen && !isBlank {
    state.transcript.pendingLines.append(line)
    return []
  }
  if !isBlank { state.transcript.pendingLines = [line] }
  state.running = .repl
  let source = state.transcript.pendingLines.joined(separator: "\n")
  return [.evaluate(source: source, allowsContinuation: !isBlockOpen)]
}

private func receive(_ items: [OutputItem], isFinished: Bool, in state: inout AppState) -> [Effect]
{
  var effects: [Effect] = []
  switch state.running {
  case .cell(let cell):
    state.lesson.setOutput(items, ofCell: cell)
    state.revealOutput(ofCell: cell)
    if isFinished { state.lesson.followedScroll = nil }
    if isFinished, let id = state.lesson.document?.id {
      effects.append(.lesson(lessonID: id, .cellRan(cell: cell, output: printed(items))))
    }
  case .repl, nil:
    state.transcript.liveOutput = items
    if isFinished {
      state.transcript.entries += items.map(TranscriptState.Entry.output)
      state.transcript.liveOutput = []
      state.transcript.pendingLines = []
    }
  }
  guard isFinished else { return [] }
  state.running = nil
  return effects + setPrompt(in: &state)
}

/// What a cell printed, errors included, as the progress file records it.
private func printed(_ items: [OutputItem]) -> String {
  items.compactMap { item -> String? in
    switch item {
    case .text(let text): return text
    case .error(let text): return text.hasSuffix("\n") ? text : text + "\n"
    case .figure(let figure): return "[plot: \(figure.summary)]\n"
    }
  }.joined()
}

private func requestQuit(_ state: inout AppState) -> [Effect] {
  if state.running != nil || state.lesson.isChecking {
    state.isConfirmingQuit = true
    return []
  }
  return [.quit]
}

/// Tells the line editor about a prompt change (`>>> ` to `... ` and back), if there is one.
private func setPrompt(in state: inout AppState) -> [Effect] {
  let prompt = state.transcript.prompt
  guard state.transcript.editor.prompt != prompt else { return [] }
  state.transcript.editor.prompt = prompt
  return [.setPrompt(prompt)]
}

private func cycle(_ pane: Pane, by step: Int) -> Pane {
  let all = Pane.allCases
  let index = all.firstIndex(of: pane)!  // every pane is in allCases
  return all[(index + step + all.count) % all.count]
}
