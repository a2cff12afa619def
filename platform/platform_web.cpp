// Web platform: Emscripten's built-in GLFW + WebGL 2, for the page.
//
//  [X] Fills the browser window; sharp on high-DPI phones (canvas in device pixels).
//  [X] Mouse through Emscripten's GLFW.
//  [X] Touch: one finger, handled here (Emscripten 3.1.6's GLFW reports touches
//      at the last mouse position, so drags could not scroll): its touch
//      listeners are removed and touches go to Dear ImGui as a touch-screen
//      pointer, at the finger, in device pixels; the browser's compatibility
//      mouse events are suppressed (no second press).
//  [X] Idle: the frame callback returns early when nothing changed (no blocking on the web).
//  [X] Sets <html data-wegwijs-ready="1"> and logs "wegwijs: ready" after the first frame.
//  [X] Query string as arguments: ?lang=ar&screen=welcome -> --lang ar --screen welcome.
//  [X] Fetches fonts for other scripts from the page's own origin when first needed.
//  [ ] Screenshots: taken by the browser test (web-build/browser-test.mjs), not here.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "platform/platform.h"

namespace wegwijs::platform {
namespace {

struct Loop {
    Client* client = nullptr;
    GLFWwindow* window = nullptr;
    int frame = 0;
};

IdlePolicy* g_idle = nullptr;
// A person touched, moved or typed: redraw, and the inactivity clock restarts.
void NoteInput() {
    if (g_idle) g_idle->OnInput(Now());
}
// Something else needs a redraw (a resize, a font that arrived): not a person.
void NoteRedraw() {
    if (g_idle) g_idle->OnInput(Now(), /*by_person=*/false);
}

EM_JS(char*, QueryAsArguments, (), {
    var out = [];
    new URLSearchParams(window.location.search).forEach(function(v, k) { out.push("--" + k); if (v !== "") out.push(v); });
    return stringToNewUTF8(out.join("\n"));
});

EM_JS(void, MarkReady, (double ms), {
    document.documentElement.dataset.wegwijsReady = "1";
    console.log("wegwijs: ready (first frame " + Math.round(ms) + " ms after start)");
});

EM_JS(void, ShowErrorInPage, (const char* msg), {
    var text = UTF8ToString(msg);
    var el = document.getElementById("fatal");
    if (el) { el.textContent = text; el.hidden = false; }
    document.documentElement.dataset.wegwijsError = "1";
    console.warn("wegwijs: cannot start: " + text);
});

// Resizes the canvas backbuffer and tells Emscripten's GLFW. Not through
// glfwSetWindowSize: that asks for fullscreen (and pointer lock) whenever the
// size equals the screen's, which a browser refuses without a user gesture.
EM_JS(void, SetCanvasSize, (int w, int h), { Browser.setCanvasSize(w, h); });

// Canvas backbuffer in device pixels, CSS size from the page's stylesheet.
void FitCanvas() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    SetCanvasSize(static_cast<int>(css_w * dpr + 0.5), static_cast<int>(css_h * dpr + 0.5));
    NoteRedraw();
}

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) {
    FitCanvas();
    return EM_FALSE;
}

// Mouse wheel and touchpad scrolling. Dear ImGui's GLFW backend ignores
// Emscripten GLFW's wheel events (they are quantised, imgui #6096) and offers
// its own handler only together with a canvas resize we do not want; this is
// that handler's arithmetic (as SDL does it).
EM_BOOL OnWheel(int, const EmscriptenWheelEvent* ev, void*) {
    float step = 0;
    if (ev->deltaMode == DOM_DELTA_PIXEL) step = 1.0f / 100.0f;
    else if (ev->deltaMode == DOM_DELTA_LINE) step = 1.0f / 3.0f;
    else if (ev->deltaMode == DOM_DELTA_PAGE) step = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-ev->deltaX * step), static_cast<float>(-ev->deltaY * step));
    NoteInput();
    return EM_TRUE;
}

// Emscripten's GLFW listens for touches on the canvas but reports them at the
// mouse's last position; we take touches over (OnTouch).
EM_JS(void, DetachGlfwTouch, (), {
    if (typeof GLFW === "undefined" || !Module["canvas"]) return;
    var c = Module["canvas"];
    c.removeEventListener("touchmove", GLFW.onMousemove, true);
    c.removeEventListener("touchstart", GLFW.onMouseButtonDown, true);
    c.removeEventListener("touchcancel", GLFW.onMouseButtonUp, true);
    c.removeEventListener("touchend", GLFW.onMouseButtonUp, true);
});

// Dear ImGui's GLFW backend polls the cursor while it thinks the pointer is
// outside the window (a finger sends no "enter"); keep that cursor at the finger.
EM_JS(void, SetGlfwCursor, (double x, double y), {
    Browser.mouseX = x;
    Browser.mouseY = y;
});

// One finger drives the pointer: the first touch down is followed until it
// lifts; others are ignored (no pinch or multi-touch gestures in the app).
long g_finger = -1;
EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* ev, void*) {
    const double dpr = emscripten_get_device_pixel_ratio();
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < ev->numTouches; ++i) {
        const EmscriptenTouchPoint& t = ev->touches[i];
        if (!t.isChanged) continue;
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART && g_finger < 0) g_finger = t.identifier;
        if (t.identifier != g_finger) continue;
        const double x = t.targetX * dpr, y = t.targetY * dpr;
        SetGlfwCursor(x, y);
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(static_cast<float>(x), static_cast<float>(y));
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART) io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
            g_finger = -1;
        }
        NoteInput();
    }
    return EM_TRUE;  // no compatibility mouse events, no browser gestures
}

void FrameCallback(void* arg) {
    auto* loop = static_cast<Loop*>(arg);
    const double now = Now();
    IdlePolicy& idle = loop->client->idle();
    if (!idle.ShouldDraw(now, GImGui->InputEventsQueue.Size > 0)) return;
    idle.FrameStarted();
    loop->client->BeforeFrame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    loop->client->Frame(now);
    ImGui::Render();
    int fw, fh;
    glfwGetFramebufferSize(loop->window, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    idle.FrameDrawn();
    if (++loop->frame == 2) MarkReady(now * 1000.0);  // the first frame is on screen now
}

}  // namespace

std::vector<std::string> Arguments(int, char**) {
    std::vector<std::string> args;
    char* joined = QueryAsArguments();
    std::string s(joined);
    std::free(joined);
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        args.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return args;
}

void ShowFatalError(const std::string& message) {
    std::fprintf(stderr, "wegwijs: %s\n", message.c_str());
    ShowErrorInPage(message.c_str());
}

namespace {
struct FetchRequest {
    std::function<void(std::vector<unsigned char>, const std::string&)> done;
    std::string path;
};
}  // namespace

void FetchAsset(const std::string& path,
                std::function<void(std::vector<unsigned char> bytes, const std::string& error)> done) {
    // Paths are the app's (/app/fonts/x.ttf); URLs are relative to the page.
    const std::string url = !path.empty() && path[0] == '/' ? path.substr(1) : path;
    auto* req = new FetchRequest{std::move(done), url};
    emscripten_async_wget_data(
        url.c_str(), req,
        [](void* arg, void* data, int size) {
            std::unique_ptr<FetchRequest> r(static_cast<FetchRequest*>(arg));
            auto* p = static_cast<unsigned char*>(data);
            r->done(std::vector<unsigned char>(p, p + size), "");
            NoteRedraw();  // redraw with the new glyphs
        },
        [](void* arg) {
            std::unique_ptr<FetchRequest> r(static_cast<FetchRequest*>(arg));
            r->done({}, "cannot load " + r->path);
            NoteRedraw();
        });
}

EM_JS(void, SetTraceObject, (const char* json), { window.wegwijsTrace = JSON.parse(UTF8ToString(json)); });

void PublishTrace(const std::string&, const std::string& json) { SetTraceObject(json.c_str()); }

double Now() { return emscripten_get_now() / 1000.0; }

int Run(Client& client, const WindowOptions& opt) {
    if (!glfwInit()) {
        ShowFatalError("this browser cannot start the page (GLFW init failed)");
        return 2;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, opt.title.c_str(), nullptr, nullptr);
    if (!window) {
        ShowFatalError("this browser has no WebGL 2, which the page needs");
        return 2;
    }
    glfwMakeContextCurrent(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().LogFilename = nullptr;
    g_idle = &client.idle();
    glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) { NoteInput(); });
    glfwSetMouseButtonCallback(window, [](GLFWwindow*, int, int, int) { NoteInput(); });
    glfwSetScrollCallback(window, [](GLFWwindow*, double, double) { NoteInput(); });
    glfwSetKeyCallback(window, [](GLFWwindow*, int, int, int, int) { NoteInput(); });
    glfwSetCharCallback(window, [](GLFWwindow*, unsigned int) { NoteInput(); });
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    FitCanvas();
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, OnResize);
    emscripten_set_wheel_callback("#canvas", nullptr, false, OnWheel);
    DetachGlfwTouch();
    emscripten_set_touchstart_callback("#canvas", nullptr, true, OnTouch);
    emscripten_set_touchmove_callback("#canvas", nullptr, true, OnTouch);
    emscripten_set_touchend_callback("#canvas", nullptr, true, OnTouch);
    emscripten_set_touchcancel_callback("#canvas", nullptr, true, OnTouch);

    std::string error;
    if (!client.Start(static_cast<float>(emscripten_get_device_pixel_ratio()), &error)) {
        ShowFatalError(error);
        return 1;
    }
    static Loop loop;  // lives as long as the page
    loop.client = &client;
    loop.window = window;
    emscripten_set_main_loop_arg(FrameCallback, &loop, 0, true);
    return 0;
}

}  // namespace wegwijs::platform
