// Device type from the words registers use, in English and French, and from
// model numbers when no type column exists.
import { foldKey } from './text';

export type DeviceKind = 'camera' | 'recorder' | 'encoder' | 'access_control' | 'intercom' | 'other';

// Checked in order: the first list with a matching word wins ("NVR camera port" is a recorder).
const WORDS: Array<[DeviceKind, RegExp]> = [
  ['recorder', /\b(nvr|dvr|xvr|hvr|recorder|recording server|enregistreur|enregistreuse|video recorder|magnetoscope|vms server)s?\b/],
  ['encoder', /\b(encoder|encodeur|video server|serveur video|video encoder|codeur)s?\b/],
  ['intercom', /\b(intercom|interphone|door station|portier|videophone|video intercom|indoor station)s?\b/],
  ['access_control', /\b(access control|controle d acces|controleur d acces|card reader|lecteur de carte|door controller|controleur de porte|access terminal|face recognition terminal|terminal de reconnaissance|badge reader|lecteur de badge)s?\b/],
  ['camera', /\b(camera|cameras|cam|ipc|ip cam|dome|bullet|ptz|turret|fisheye|fish eye|tourelle|cctv|webcam|box camera|speed dome|videosurveillance|video surveillance)s?\b/],
];

/** Type from a word such as "Caméra IP", "Enregistreur NVR", "Door station"; null when not recognised. */
export function deviceTypeFromWords(raw: string): DeviceKind | null {
  const key = foldKey(raw);
  if (key === '') return null;
  for (const [kind, re] of WORDS) if (re.test(key)) return kind;
  if (/^(other|autre|misc|divers)$/.test(key)) return 'other';
  return null;
}

/** Type from well-known model numbering (Hikvision, Dahua, generic NVR/DVR prefixes); null when unknown. */
export function deviceTypeFromModel(model: string): DeviceKind | null {
  const m = model.trim().toUpperCase();
  if (/^(DS-K1T|DS-K2|DS-K1F|DS-K1A|ASI|ASA)/.test(m)) return 'access_control';
  if (/^(DS-KV|DS-KD|DS-KH|DS-KIS|VTO|VTH)/.test(m)) return 'intercom';
  if (/^(DS-2CD|DS-2DE|DS-2DF|DS-2CE|DS-2XS|DS-2TD|IPC-|DH-IPC|DHI-IPC|SD\d|HAC-|DH-SD|IPC\d)/.test(m)) return 'camera';
  if (/^(DS-6[0-9]{3}|DS-6[0-9]{2}[A-Z])/.test(m)) return 'encoder';
  if (/^(DS-7[0-9]|DS-8[0-9]|DS-9[0-9]|IDS-7|IDS-9|NVR|DHI-NVR|DH-NVR|XVR|DHI-XVR|DVR|HCVR|DHI-HCVR|IVSS)/.test(m)) return 'recorder';
  if (/\b(NVR|DVR)\b/.test(m)) return 'recorder';
  return null;
}
