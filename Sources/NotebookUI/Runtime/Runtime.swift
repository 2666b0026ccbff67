/// The run loop: reads events, calls `update`, performs effects, renders and draws.
///
/// It is the only place where the pure `update`/`render` meet side effects. The loop is
/// synchronous on the calling thread (the terminal's thread): it waits for input at most `tick`,
/// and between reads takes the events background work posted to `inbox`. A frame is drawn after
/// each batch of events, never on a tick with nothing new. `quit`, `editLine`, `cancelLine` and
/// `setPrompt` are performed here; every other effect goes to `handleEffect`, which may start
/// background work that posts its results to the inbox.
public final class Runtime {
  /// Performs an app effect (evaluate, open a lesson, ...); results go to the inbox.
  public typealias EffectHandler = (Effect, EventInbox) -> Void

  /// Where background work posts its events (give one to post before the loop starts, as a
  /// live reload of the lessons does).
  public let inbox: EventInbox
  private let terminal: any Terminal
  private let lineEditor: any LineEditor
  private let handleEffect: EffectHandler
  private let tick: Duration
  private var screen = Screen(width: 0, height: 0)

  public init(
    terminal: any Terminal, lineEditor: any LineEditor, tick: Duration = .milliseconds(30),
    inbox: EventInbox = EventInbox(), handleEffect: @escaping EffectHandler
  ) {
    self.inbox = inbox
    self.terminal = terminal
    self.lineEditor = lineEditor
    self.tick = tick
    self.handleEffect = handleEffect
  }

  /// Runs until an effect says `quit`, drawing the first frame at once.
  public func run(_ state: inout AppState) {
    let size = terminal.size
    _ = update(&state, with: .resize(width: size.width, height: size.height))
    guard dispatch(.lineEdited(lineEditor.state), into: &state) else { return }
    draw(state)
    while true {
      var events = inbox.drain()
      if let event = terminal.nextEvent(timeout: events.isEmpty ? tick : .zero) {
        events.append(event)
      }
      if events.isEmpty || events == [.tick] { continue }
      for event in events {
        guard dispatch(event, into: &state) else { return }
      }
      draw(state)
    }
  }

  /// Applies one event and performs its effects; `false` once the app should quit.
  public func dispatch(_ event: Event, into state: inout AppState) -> Bool {
    for effect in update(&state, with: event) {
      switch effect {
      case .quit:
        return false
      case .editLine(let key):
        for result in lineEditor.handle(key) where !dispatch(result, into: &state) { return false }
      case .cancelLine:
        lineEditor.cancelLine()
        _ = dispatch(.lineEdited(lineEditor.state), into: &state)
      case .setPrompt(let prompt):
        lineEditor.setPrompt(prompt)
        _ = dispatch(.lineEdited(lineEditor.state), into: &state)
      default:
        handleEffect(effect, inbox)
      }
    }
    return true
  }

  /// Renders the state and hands the frame to the terminal.
  public func draw(_ state: AppState) {
    render(state, into: &screen)
    terminal.draw(screen)
  }
}
