// The lazily loaded chunk of the process map editor: bpmn-js's Modeler with its styles and icon
// font, plus the few operations the page needs (read a node's motcua attributes, change them,
// mark the element a 422 names). Never part of the citizen pages' bundle.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '../officer/bpmn.css';
import Modeler from 'bpmn-js/lib/Modeler';
import { MOTCUA_NS, type NodeProps } from './process_props';

interface Element {
  id: string;
  type: string;
  businessObject: {
    id: string;
    name?: string;
    $attrs: Record<string, string>;
    conditionExpression?: { body?: string };
    get(name: string): unknown;
  };
}

export interface MapEditor {
  /** The diagram as BPMN 2.0 XML (formatted). */
  xml(): Promise<string>;
  load(xml: string): Promise<void>;
  /** Calls `cb` with the selected element's properties (null when nothing or several are selected). */
  onSelect(cb: (props: NodeProps | null) => void): void;
  /** Applies edited properties to the element with that id. */
  update(props: NodeProps): void;
  /** Selects, scrolls to and marks the element; false when the map has no such id. */
  showProblem(id: string): boolean;
  clearProblem(): void;
  onChange(cb: () => void): void;
  /** The steps, events, gateways, lanes and flows of the map, for a keyboard picker. */
  elements(): Array<{ id: string; name: string; type: string }>;
  /** Selects the element (its properties show in the form) and scrolls to it. */
  select(id: string): void;
  destroy(): void;
}

const ATTRS: Array<[keyof NodeProps, string]> = [
  ['role', 'motcua:role'],
  ['department', 'motcua:department'],
  ['step', 'motcua:step'],
  ['allowance', 'motcua:allowance'],
  ['agency', 'motcua:agency'],
];

function propsOf(el: Element): NodeProps {
  const bo = el.businessObject;
  const attrs = bo.$attrs ?? {};
  const find = (local: string) => {
    for (const [k, v] of Object.entries(attrs)) if (k.endsWith(`:${local}`) && !k.startsWith('xmlns')) return v;
    return '';
  };
  return {
    id: el.id,
    type: el.type,
    name: bo.name ?? '',
    role: find('role'),
    department: find('department'),
    step: find('step'),
    allowance: find('allowance'),
    agency: find('agency'),
    condition: bo.conditionExpression?.body ?? '',
  };
}

export async function createEditor(host: HTMLElement, xml: string): Promise<MapEditor> {
  const modeler = new Modeler({ container: host });
  const get = <T>(name: string) => modeler.get<T>(name);
  let problem: string | null = null;
  const editor: MapEditor = {
    async xml() {
      const defs = modeler.getDefinitions() as unknown as { $attrs: Record<string, string> } | undefined;
      if (defs && !Object.values(defs.$attrs ?? {}).includes(MOTCUA_NS)) defs.$attrs['xmlns:motcua'] = MOTCUA_NS;
      const { xml: out } = await modeler.saveXML({ format: true });
      return out ?? '';
    },
    async load(text) {
      await modeler.importXML(text);
      get<{ zoom(l: string, c: string): void }>('canvas').zoom('fit-viewport', 'auto');
    },
    onSelect(cb) {
      modeler.on('selection.changed', (e: { newSelection: Element[] }) => cb(e.newSelection.length === 1 ? propsOf(e.newSelection[0]) : null));
      modeler.on('element.changed', (e: { element: Element }) => {
        const selected = get<{ get(): Element[] }>('selection').get();
        if (selected.length === 1 && selected[0].id === e.element.id) cb(propsOf(e.element));
      });
    },
    update(p) {
      const el = get<{ get(id: string): Element | undefined }>('elementRegistry').get(p.id);
      if (!el) return;
      const modeling = get<{ updateProperties(el: Element, props: Record<string, unknown>): void }>('modeling');
      const before = propsOf(el);
      const changes: Record<string, unknown> = {};
      if (p.name !== before.name) changes.name = p.name || undefined;
      for (const [key, attr] of ATTRS) {
        if (p[key] !== before[key]) {
          // Drop the attribute under whatever prefix it was read with, then write it as motcua:.
          for (const k of Object.keys(el.businessObject.$attrs)) if (k.endsWith(`:${attr.split(':')[1]}`) && !k.startsWith('xmlns')) delete el.businessObject.$attrs[k];
          changes[attr] = p[key] || undefined;
        }
      }
      if (el.type === 'bpmn:SequenceFlow' && p.condition !== before.condition) {
        const moddle = get<{ create(type: string, attrs: Record<string, string>): unknown }>('moddle');
        changes.conditionExpression = p.condition ? moddle.create('bpmn:FormalExpression', { body: p.condition }) : undefined;
      }
      if (Object.keys(changes).length) modeling.updateProperties(el, changes);
    },
    showProblem(id) {
      editor.clearProblem();
      const el = get<{ get(id: string): Element | undefined }>('elementRegistry').get(id);
      if (!el) return false;
      get<{ addMarker(id: string, c: string): void; scrollToElement(el: Element): void }>('canvas').addMarker(id, 'motcua-error');
      get<{ scrollToElement(el: Element): void }>('canvas').scrollToElement(el);
      get<{ select(el: Element): void }>('selection').select(el);
      problem = id;
      return true;
    },
    clearProblem() {
      if (!problem) return;
      const canvas = get<{ removeMarker(id: string, c: string): void }>('canvas');
      if (get<{ get(id: string): Element | undefined }>('elementRegistry').get(problem)) canvas.removeMarker(problem, 'motcua-error');
      problem = null;
    },
    onChange(cb) {
      modeler.on('commandStack.changed', cb);
    },
    elements() {
      const all = get<{ getAll(): Element[] }>('elementRegistry').getAll();
      return all
        .filter((e) => e.type.startsWith('bpmn:') && !['bpmn:Process', 'bpmn:Collaboration', 'bpmn:Participant'].includes(e.type) && !e.id.endsWith('_label'))
        .map((e) => ({ id: e.id, name: e.businessObject.name ?? '', type: e.type }));
    },
    select(id) {
      const el = get<{ get(id: string): Element | undefined }>('elementRegistry').get(id);
      if (!el) return;
      get<{ scrollToElement(el: Element): void }>('canvas').scrollToElement(el);
      get<{ select(el: Element): void }>('selection').select(el);
    },
    destroy: () => modeler.destroy(),
  };
  await editor.load(xml);
  return editor;
}
