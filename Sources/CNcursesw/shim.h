// The wide-character ncurses API plus accessors for what Swift cannot import.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so the wide API is switched on here, before
// curses.h. Globals (stdscr, LINES, COLS) and macro-only constants are wrapped in static inline
// functions so Swift 6 never touches shared mutable C state directly.
#ifndef BACKPROP_CNCURSESW_SHIM_H
#define BACKPROP_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }

static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }

/// The codeset of the current LC_CTYPE locale ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

#endif
