// GNU readline's callback ("alternate") interface and history, with accessors for its globals.
//
// Swift 6 rejects direct use of readline's mutable C globals, so every global the terminal
// front end reads or writes goes through a static inline function here.
#ifndef BACKPROP_CREADLINE_SHIM_H
#define BACKPROP_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Lets the host program own the terminal: no termios changes, no signal handlers, no LINES/COLUMNS.
static inline void cr_let_host_own_terminal(void) {
  rl_prep_term_function = NULL;
  rl_deprep_term_function = NULL;
  rl_catch_signals = 0;
  rl_catch_sigwinch = 0;
  rl_change_environment = 0;
}

/// Gives readline the terminal back for the plain line REPL: its own termios handling, key
/// reading and display, but no signal handlers (SIGINT is the REPL's).
static inline void cr_use_terminal(void) {
  rl_prep_term_function = rl_prep_terminal;
  rl_deprep_term_function = rl_deprep_terminal;
  rl_getc_function = rl_getc;
  rl_input_available_hook = NULL;
  rl_redisplay_function = rl_redisplay;
  rl_completion_display_matches_hook = NULL;
  rl_catch_signals = 0;
  rl_catch_sigwinch = 1;
  rl_change_environment = 0;
  rl_instream = NULL;
  rl_outstream = NULL;
}

static inline void cr_set_getc(rl_getc_func_t *f) { rl_getc_function = f; }
static inline void cr_set_input_available(rl_hook_func_t *f) { rl_input_available_hook = f; }
static inline void cr_set_redisplay(rl_voidfunc_t *f) { rl_redisplay_function = f; }
static inline void cr_set_attempted_completion(rl_completion_func_t *f) {
  rl_attempted_completion_function = f;
}
static inline void cr_set_display_matches(rl_compdisp_func_t *f) {
  rl_completion_display_matches_hook = f;
}
static inline void cr_set_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void cr_set_outstream(FILE *f) { rl_outstream = f; }
static inline void cr_set_instream(FILE *f) { rl_instream = f; }
static inline void cr_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void cr_set_word_break_characters(const char *s) {
  rl_basic_word_break_characters = s;
  rl_completer_word_break_characters = (char *)s;
}
static inline void cr_set_completion_append_character(int c) { rl_completion_append_character = c; }

static inline const char *cr_line_buffer(void) { return rl_line_buffer; }
static inline const char *cr_display_prompt(void) { return rl_display_prompt; }
static inline int cr_point(void) { return rl_point; }
static inline int cr_end(void) { return rl_end; }
static inline void cr_set_point(int p) { rl_point = p; }
static inline int cr_done(void) { return rl_done; }
static inline int cr_history_length(void) { return history_length; }

#endif
