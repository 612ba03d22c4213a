// The dashboard's charts (dashboard_chart.py): a plotly figure drawn in the page by plotly.js's
// basic bundle (scatter and bar traces, 1.2 MB) instead of the full bundle (4.7 MB) that
// st.plotly_chart loads.  Importing the bundle defines window.Plotly; the browser fetches and runs
// it once per page, for every chart (and for the empty "prefetch" chart of a session's first run).
import "./plotly-basic.min.js";

const Plotly = window.Plotly;
// Streamlit's plotly template ("streamlit", the default of plotly.py once Streamlit is imported)
// writes placeholder colours that Streamlit's own chart element swaps for the theme's: #000001-#000010
// categorical, #000011-#000020 sequential, #000021-#000030 diverging.  The same is done here.
const PALETTES = [["--st-chart-categorical-colors", 1], ["--st-chart-sequential-colors", 11],
                  ["--st-chart-diverging-colors", 21]];
const EMPTY = {points: [], point_indices: [], box: [], lasso: []};
const paint = document.createElement("canvas").getContext("2d");

/** [r, g, b] of any CSS colour. */
function rgb(colour) {
  paint.fillStyle = "#000000";
  paint.fillStyle = colour;
  const c = paint.fillStyle;  // "#rrggbb", or "rgba(r, g, b, a)" with an alpha
  return c.startsWith("#") ? [1, 3, 5].map(i => parseInt(c.slice(i, i + 2), 16))
                           : c.match(/[\d.]+/g).slice(0, 3).map(Number);
}

/** ``share`` of colour ``a`` over colour ``b``, as "rgb(...)". */
function mix(a, b, share) {
  const [x, y] = [rgb(a), rgb(b)];
  return `rgb(${x.map((v, i) => Math.round(v * share + y[i] * (1 - share))).join(", ")})`;
}

/** The page's theme (CSS variables Streamlit sets around a component) as plotly colours. */
function theme(element) {
  const css = getComputedStyle(element);
  const read = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  const text = read("--st-text-color", "#31333f"), bg = read("--st-background-color", "#ffffff");
  const dark = rgb(bg).reduce((a, b) => a + b) < 3 * 128;  // Streamlit's axis text is brighter on dark
  return {
    text, bg, font: read("--st-font", "sans-serif"),
    muted: mix(text, bg, dark ? 0.9 : 0.6), grid: mix(text, bg, 0.12), border: read("--st-border-color", mix(text, bg, 0.2)),
    palettes: PALETTES.map(([name, first]) => [first, read(name, "").split(",").map(s => s.trim())]),
  };
}

/** Streamlit's chart look, under the figure's own layout (as the template's layout). */
function themeLayout(t) {
  const ticks = {color: t.muted, size: 12}, title = {font: {color: t.muted, size: 14}};
  const axis = {gridcolor: t.grid, zerolinecolor: t.grid, tickcolor: t.grid, tickfont: ticks, minor: {gridcolor: t.grid}};
  return {
    font: {color: t.muted, family: t.font, size: 12},
    legend: {font: {size: 12, color: t.text}, title: {font: {size: 12, color: t.muted}, side: "top"},
             valign: "top", bordercolor: "transparent", borderwidth: 0},
    paper_bgcolor: t.bg, plot_bgcolor: t.bg,
    xaxis: {...axis, showgrid: false, zeroline: false, title: {...title, standoff: 20}, automargin: true},
    yaxis: {...axis, ticklabelposition: "outside", title: {...title, standoff: 24}, automargin: true},
    margin: {pad: 8, r: 0, l: 0},
    hoverlabel: {bgcolor: t.bg, bordercolor: t.border, font: {color: t.muted, family: t.font, size: 12}},
  };
}

/** The figure (plotly.py's JSON text) with the theme's colours and look. */
function themed(text, t) {
  for (const [first, colours] of t.palettes) {
    colours.forEach((colour, i) => {
      if (colour) text = text.replaceAll(`#${String(first + i).padStart(6, "0")}`, colour);
    });
  }
  const figure = JSON.parse(text), layout = figure.layout || {};
  const template = layout.template || {};
  layout.template = {...template, layout: {...(template.layout || {}), ...themeLayout(t)}};
  return {figure, layout};
}

/** The selection of a plotly selection event, shaped as st.plotly_chart's. */
function selection(event) {
  const points = (event && event.points) || [];
  return {
    points: points.map(p => ({
      curve_number: p.curveNumber, point_number: p.pointNumber, point_index: p.pointIndex,
      x: p.x, y: p.y, customdata: p.customdata, legendgroup: (p.data && p.data.legendgroup) || undefined,
    })),
    point_indices: [...new Set(points.map(p => p.pointIndex).filter(i => i !== undefined))],
    box: [], lasso: [],
  };
}

/** Send a selection to the app (a rerun) unless it is the one it has. */
function send(gd, value) {
  const json = JSON.stringify(value);
  if (json !== gd._stSent) {
    gd._stSent = json;
    gd._stSend("selection", value);
  }
}

/** The chart's size: the column's width and the layout's height, or the whole screen. */
function size(gd) {
  const box = gd.parentElement;
  return document.fullscreenElement === box ? {width: innerWidth, height: innerHeight}
    : {width: box.clientWidth || undefined, height: gd._stFigure.layout.height || 450};
}

function draw(gd) {
  const {figure, layout} = gd._stFigure, {width, height} = size(gd);
  gd.style.height = `${height}px`;
  return Plotly.react(gd, figure.data || [], {...layout, width, height}, gd._stConfig);
}

// The toolbar button st.plotly_chart adds: the chart alone on the screen, and back.
const FULLSCREEN = {
  name: "fullscreen", title: "Fullscreen",
  icon: {width: 1000, height: 1000, path: "M0 0H380V110H110V380H0ZM620 0H1000V380H890V110H620ZM0 620H110V890H380V1000H0Z"
                                          + "M890 620H1000V1000H620V890H890Z"},
  click: gd => document.fullscreenElement ? document.exitFullscreen() : gd.parentElement.requestFullscreen(),
};

export default function ({data, parentElement, setStateValue}) {
  if (!data) return undefined;  // the prefetch: the bundle is loaded, nothing to draw
  let gd = parentElement.querySelector(":scope > .st-chart");
  if (!gd) {
    gd = document.createElement("div");
    gd.className = "st-chart";
    parentElement.appendChild(gd);
  }
  gd._stSend = setStateValue;
  const text = typeof data === "string" ? data : new TextDecoder().decode(data);
  const t = theme(parentElement), look = JSON.stringify(t);
  if (text === gd._stText && look === gd._stLook) return gd._stCleanup;  // a rerun that changed nothing here
  gd._stText = text;
  gd._stLook = look;
  const {figure, layout} = themed(text, t);
  // a click selects a point, as with st.plotly_chart(on_select="rerun", selection_mode="points")
  layout.clickmode = layout.clickmode || "event+select";
  layout.hovermode = layout.hovermode || "closest";
  layout.dragmode = layout.dragmode || "pan";
  gd._stFigure = {figure, layout};
  gd._stConfig = {displaylogo: false, showSendToCloud: false, modeBarButtonsToRemove: ["lasso2d", "select2d"],
                  modeBarButtonsToAdd: [FULLSCREEN]};
  parentElement.style.background = t.bg;  // behind the chart on a full screen
  const drawn = draw(gd);
  if (!gd._stWired) {
    gd._stWired = true;
    drawn.then(() => {
      gd.on("plotly_selected", e => send(gd, selection(e)));
      gd.on("plotly_deselect", () => send(gd, EMPTY));
      gd.on("plotly_doubleclick", () => send(gd, EMPTY));
    });
    // the main column changes width without a window resize (the sidebar opens or closes), and
    // the element takes the whole screen and gives it back
    let pending = 0;
    gd._stObserver = new ResizeObserver(() => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        const {width, height} = size(gd), drawn = gd._fullLayout || {};
        if (width && (width !== drawn.width || height !== drawn.height)) draw(gd);
      });
    });
    gd._stObserver.observe(parentElement);
    gd._stCleanup = () => {
      gd._stObserver.disconnect();
      Plotly.purge(gd);
    };
  }
  return gd._stCleanup;
}
