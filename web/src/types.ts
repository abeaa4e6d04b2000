// Shapes of the API's answers the pages use (src/http/openapi.json has the full contract).

export interface Duration {
  amount: number;
  unit: string;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  field: string;
  level: string;
  online_level: string;
  boundary_free: boolean;
  processing_time: Duration;
}

/** A component's blank form to download (GET /procedures/{code}: components[].template). */
export interface FormTemplate {
  file_name: string;
  media_type: string;
  size: number;
  url: string;
  uploaded_at?: string;
}

export interface Component {
  id: string;
  name: string;
  required: boolean;
  copies: number;
  digitization_class: string;
  document_type_code: string;
  template?: FormTemplate;
}

export interface Procedure extends ProcedureSummary {
  competent_agency_code: string;
  components: Component[];
  fees: Array<{ name: string; amount_vnd: number; note?: string }>;
  legal_basis: string;
  four_on_the_spot: boolean;
  effective_from: string;
  result?: { name: string; document_type_code: string; valid_months: number };
  version: number;
}

export interface Page<T> {
  items: T[];
  limit?: number;
  offset?: number;
}

export interface Applicant {
  kind: 'citizen' | 'organization';
  id_number: string;
  full_name: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface HistoryEntry {
  action: string;
  actor: string;
  at: string;
  from: string | null;
  to: string;
  to_label: string;
  note: string;
}

export interface Dossier {
  code: string;
  status: string;
  status_code: number;
  status_label: string;
  channel: string;
  procedure_code: string;
  procedure?: { code: string; name: string; processing_time: Duration };
  applicant: Applicant;
  received_at: string | null;
  submitted_at?: string | null;
  due_at: string | null;
  /** The new appointment of the latest apology (Mẫu 04); due_at stays the original one. */
  promised_at?: string | null;
  finished_at: string | null;
  returned_at: string | null;
  overdue: boolean;
  handling_agency_id: number;
  receiving_agency_id: number;
  history?: HistoryEntry[];
  available_actions?: Array<{ action: string; label: string }>;
}

/** A document in a person's warehouse (kho dữ liệu điện tử), GET /warehouse/{identifier}. */
export interface WarehouseDocument {
  code: string;
  national_code: string | null;
  kind: string;
  document_type_code: string;
  title: string;
  owner_id: string;
  owner_name: string;
  issuer: string;
  issued_at: string;
  valid_until: string | null;
  status: 'valid' | 'expired' | 'revoked' | string;
  signed: boolean;
  signer: string;
  source: string;
  dossier_code: string;
  component_id: string | null;
}

/** A warehouse document that can stand in for a component (GET /dossiers/{code}/reuse). */
export interface ReuseCandidate {
  document_code: string;
  title: string;
  issuer: string;
  issued_at: string;
  valid_until: string | null;
  signed: boolean;
}

export interface ReuseItem {
  component_id: string;
  name: string;
  required: boolean;
  digitization: string;
  digitization_class: string;
  document_type_code: string;
  document_code: string | null;
  file_ids: number[];
  reused: boolean;
  candidates?: ReuseCandidate[];
}

export interface Agency {
  id: number;
  code: string;
  name: string;
  kind: 'service_centre' | 'department' | 'commune_one_stop' | 'other' | string;
  parent_id: number | null;
  counters: Array<{ id: number; name: string; number: number }>;
  departments: Array<{ id: number; name: string }>;
}
