import Testing

/// The harness itself, on a shell one-liner, so it is proven before any app screen is.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"))
struct TmuxSessionTests {
  @Test func runsAtAFixedSizeWithAPrivateHomeAndUTF8() async throws {
    _ = try await TmuxSession.with(
      ["sh", "-c", "stty size; echo \"$HOME|$TERM|$LANG\"; printf '深度\\n'"], width: 100, height: 8
    ) { session in
      let screen = try await session.waitFor("[exit 0]")
      #expect(screen[0] == "8 100")
      #expect(screen[1] == session.home.path + "|tmux-256color|C.UTF-8")
      #expect(screen[2] == "深度")
      #expect(screen.contains("[tty restored]"))
    }
  }

  @Test func sendsKeysAndTextAndFollowsResizes() async throws {
    _ = try await TmuxSession.with(
      ["sh", "-c", "read line; echo \"got $line\"; sleep 0.3; stty size"], width: 40, height: 6
    ) { session in
      try await session.type("你好 x")
      try await session.resize(width: 30, height: 5)
      try await session.send("Enter")
      let screen = try await session.waitFor("[exit 0]")
      #expect(screen.contains("got 你好 x"))
      #expect(screen.contains("5 30"))
    }
  }

  @Test func timesOutWithTheLastScreen() async throws {
    _ = try await TmuxSession.with(["sh", "-c", "echo waiting; sleep 5"], width: 30, height: 4) {
      session in
      await #expect(throws: TmuxError.self) {
        try await session.waitFor("never", timeout: .milliseconds(300))
      }
    }
  }
}
