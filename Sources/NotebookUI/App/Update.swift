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
  case .lessonsListed(let items):
    let selection = state.browser.selection
    state.browser = TreeListState(items: items, selection: selection)
    state.clampScrolling()
    return []
  case .lessonOpened(let document):
    state.lesson = LessonPaneState(document: document)
    state.focus = .lesson
    return []
  }
}

private func handle(_ key: Key, in state: inout AppState) -> [Effect] {
  if state.isConfirmingQuit {
    state.isConfirmingQuit = false
    return key == .character("y") ? [.interrupt, .quit] : []
  }
  if state.isHelpShown {
    if [.character("?"), .escape, .character("q"), .function(1), .enter].contains(key) {
      state.isHelpShown = false
    }
    return []
  }
  if state.focus == .browser && state.browser.query != nil { return search(key, in: &state) }
  guard let intent = state.keyMap.intent(for: key, in: state.focus) else {
    return state.focus == .repl ? [.editLine(key)] : []
  }
  return perform(intent, in: &state)
}

private func perform(_ intent: Intent, in state: inout AppState) -> [Effect] {
  let page = max(1, state.layout.content(of: state.focus).height - 1)
  switch intent {
  case .quit: return requestQuit(&state)
  case .toggleHelp: state.isHelpShown.toggle()
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
  case .nextCell: state.selectCell(by: 1)
  case .previousCell: state.selectCell(by: -1)
  case .interrupt:
    if state.running != nil { return [.interrupt] }
    if state.focus == .repl {
      state.transcript.pendingLines = []
      return [.cancelLine] + setPrompt(in: &state)
    }
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
  }
  return []
}

private func activate(_ state: inout AppState) -> [Effect] {
  switch state.focus {
  case .browser:
    guard let id = state.browser.selectedItem?.id else { return [] }
    return [.openLesson(id: id)]
  case .lesson:
    guard state.running == nil, let document = state.lesson.document,
      let cell = state.lesson.selectedCell,
      let blockIndex = document.codeBlockIndices[safe: cell],
      case .code(let source) = document.blocks[blockIndex]
    else { return [] }
    state.running = .cell(cell)
    return [.runCell(lessonID: document.id, index: cell, source: source)]
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
  switch state.running {
  case .cell(let cell):
    state.lesson.setOutput(items, ofCell: cell)
    state.revealOutput(ofCell: cell)
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
  return setPrompt(in: &state)
}

private func requestQuit(_ state: inout AppState) -> [Effect] {
  if state.running != nil {
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
