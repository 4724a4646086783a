import { loadProject } from './src/lib/project/load-project';
import { nodeIo } from './src/loaders/node-io';
import { computeKpis } from './src/lib/kpi/compute';
const cpu=()=>{const u=process.cpuUsage(); return (u.user+u.system)/1000;};
for (let i=0;i<5;i++){ const t=cpu(); const {project}=loadProject('/work/national', nodeIo, {scope:'numbers'}); const t1=cpu(); const n=computeKpis(project!).records.length; const t2=cpu(); console.log(`cpu: load ${(t1-t).toFixed(0)} kpis ${(t2-t1).toFixed(0)} records ${n}`);}
