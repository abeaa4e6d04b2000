// The lazily loaded chunk that draws a process map with bpmn-js (NavigatedViewer: pan and zoom,
// no editing) and highlights nodes with marker classes. Loaded with `await import(...)` so the
// citizen pages never download bpmn-js or its styles.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './bpmn.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

export interface MapView {
  destroy(): void;
  zoom(step: number): void;
  fit(): void;
}

interface Canvas {
  addMarker(id: string, cls: string): void;
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number;
}

/** Draws `xml` into `host` and adds each node's marker classes; rejects when the XML is unreadable. */
export async function showMap(host: HTMLElement, xml: string, markers: Map<string, string[]>): Promise<MapView> {
  const viewer = new NavigatedViewer({ container: host });
  await viewer.importXML(xml);
  const canvas = viewer.get<Canvas>('canvas');
  const registry = viewer.get<{ get(id: string): unknown }>('elementRegistry');
  for (const [id, classes] of markers) {
    if (!registry.get(id)) continue;
    for (const cls of classes) canvas.addMarker(id, cls);
  }
  canvas.zoom('fit-viewport', 'auto');
  return {
    destroy: () => viewer.destroy(),
    zoom: (step) => canvas.zoom(canvas.zoom() * step),
    fit: () => canvas.zoom('fit-viewport', 'auto'),
  };
}
