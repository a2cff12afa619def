// Native platform: GLFW window + OpenGL 3, for the lobby kiosk.
//
//  [X] Fullscreen on the primary monitor (--fullscreen) or a window (--windowed).
//  [X] Mouse and touch screens through X11's pointer emulation (one finger is
//      the pointer; GLFW 3.3 has no touch events of its own). Drag-to-scroll,
//      flicks and taps are the app's (App::TrackPointer), not the platform's.
//  [X] Idle: waits for events (glfwWaitEventsTimeout) when nothing changes.
//  [X] Prints "wegwijs: ready" with the time to the first frame.
//  [X] --screenshot: writes the framebuffer as PPM and quits (tests).
//  [ ] Multi-touch gestures: not used by the app.
//  [ ] Native high-DPI: the kiosk's layout scales with the window instead.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <vector>

#include "platform/platform.h"
#include "platform/wait_loop.h"

namespace wegwijs::platform {
namespace {

// Set during static initialisation, i.e. before main(): the process start as
// far as the app can tell.
const auto kProcessStart = std::chrono::steady_clock::now();

IdlePolicy* g_idle = nullptr;

// A person touched, moved or typed: redraw, and the inactivity clock restarts.
void NoteInput() {
    if (g_idle) g_idle->OnInput(Now());
}
// The window system wants a redraw (expose, resize, focus): not a person.
void NoteRedraw() {
    if (g_idle) g_idle->OnInput(Now(), /*by_person=*/false);
}

// Our callbacks run first; Dear ImGui's backend chains to them.
void InstallInputNotifiers(GLFWwindow* w) {
    glfwSetCursorPosCallback(w, [](GLFWwindow*, double, double) { NoteInput(); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow*, int, int, int) { NoteInput(); });
    glfwSetScrollCallback(w, [](GLFWwindow*, double, double) { NoteInput(); });
    glfwSetKeyCallback(w, [](GLFWwindow*, int, int, int, int) { NoteInput(); });
    glfwSetCharCallback(w, [](GLFWwindow*, unsigned int) { NoteInput(); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow*, int) { NoteRedraw(); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow*, int) { NoteRedraw(); });
    glfwSetWindowSizeCallback(w, [](GLFWwindow*, int, int) { NoteRedraw(); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow*) { NoteRedraw(); });
}

bool WritePpm(const std::string& path, int w, int h) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, px.data());
    std::ofstream out(path, std::ios::binary);
    if (!out) return false;
    out << "P6\n" << w << " " << h << "\n255\n";
    for (int y = h - 1; y >= 0; --y) out.write(reinterpret_cast<const char*>(&px[static_cast<size_t>(y) * w * 3]), w * 3);
    return static_cast<bool>(out);
}

}  // namespace

std::vector<std::string> Arguments(int argc, char** argv) {
    return std::vector<std::string>(argv + 1, argv + argc);
}

void ShowFatalError(const std::string& message) { std::fprintf(stderr, "wegwijs: %s\n", message.c_str()); }


void PublishTrace(const std::string& target, const std::string& json) {
    static std::ofstream out;
    static std::string opened;
    if (opened != target) {
        out.close();
        out.open(target, std::ios::app);
        opened = target;
    }
    out << json << '\n';
    out.flush();
}

double Now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - kProcessStart).count();
}

int Run(Client& client, const WindowOptions& opt) {
    glfwSetErrorCallback([](int code, const char* what) { std::fprintf(stderr, "GLFW error %d: %s\n", code, what); });
    if (!glfwInit()) {
        ShowFatalError(
            "cannot open a window: no display. Run it on the kiosk's X session, or headless with\n"
            "  xvfb-run -a -s '-screen 0 1920x1080x24' build/native/wegwijs-kiosk --windowed");
        return 2;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWmonitor* monitor = nullptr;
    int w = opt.width, h = opt.height;
    if (opt.fullscreen) {
        monitor = glfwGetPrimaryMonitor();
        if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            w = mode->width;
            h = mode->height;
        }
    }
    GLFWwindow* window = glfwCreateWindow(w, h, opt.title.c_str(), monitor, nullptr);
    if (!window) {
        ShowFatalError("cannot create an OpenGL 3 window (is Mesa's libgl1-mesa-dri installed?)");
        glfwTerminate();
        return 2;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // privacy and determinism: no imgui.ini on disk
    ImGui::GetIO().LogFilename = nullptr;
    g_idle = &client.idle();
    InstallInputNotifiers(window);
    ImGui_ImplGlfw_InitForOpenGL(window, /*install_callbacks=*/true);
    ImGui_ImplOpenGL3_Init(nullptr);

    std::string error;
    int rc = 0;
    if (!client.Start(1.0f, &error)) {
        ShowFatalError(error);
        rc = 1;
    }
    int frame = 0;
    IdlePolicy& idle = client.idle();
    LoopHooks hooks;
    hooks.done = [&] { return rc != 0 || glfwWindowShouldClose(window) || client.WantsQuit(); };
    hooks.poll = [] { glfwPollEvents(); };
    hooks.now = [] { return Now(); };
    // A screenshot run draws every frame until the one it writes.
    hooks.input_queued = [&] { return GImGui->InputEventsQueue.Size > 0 || !opt.screenshot_path.empty(); };
    hooks.wait = [](double seconds) { glfwWaitEventsTimeout(seconds); };
    hooks.draw = [&](double now) {
        client.BeforeFrame();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        client.Frame(now);
        ImGui::Render();
        int fw, fh;
        glfwGetFramebufferSize(window, &fw, &fh);
        glViewport(0, 0, fw, fh);
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++frame;
        if (!opt.screenshot_path.empty() && frame >= opt.screenshot_frame) {
            if (!WritePpm(opt.screenshot_path, fw, fh)) {
                ShowFatalError("cannot write " + opt.screenshot_path);
                rc = 1;
            }
            return false;
        }
        glfwSwapBuffers(window);
        if (frame == 1) {
            std::printf("wegwijs: ready (first frame %.0f ms after start)\n", Now() * 1000.0);
            std::fflush(stdout);
        }
        return true;
    };
    if (rc == 0) RunWaitLoop(idle, hooks);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    g_idle = nullptr;
    glfwDestroyWindow(window);
    glfwTerminate();
    return rc;
}

}  // namespace wegwijs::platform
